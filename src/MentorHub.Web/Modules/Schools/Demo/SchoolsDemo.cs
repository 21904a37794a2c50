using System.Text;
using MentorHub.Web.Modules.Schools.ImportSchools;
using MentorHub.Web.Platform.Demo;

namespace MentorHub.Web.Modules.Schools;

/// <summary>
/// The demo registry is the real one of the Lisbon metropolitan area
/// (Carris Metropolitana / TML datasets, data from DGEEC, ODbL).
/// </summary>
internal sealed class SchoolsDemo(ImportSchoolsHandler import) : IDemoContributor
{
    public int Order => 10;

    public async Task SeedAsync(DemoContext demo, CancellationToken ct)
    {
        using var stream = typeof(SchoolsDemo).Assembly.GetManifestResourceStream("MentorHub.Web.Modules.Schools.Demo.schools-lisbon.csv")
            ?? throw new InvalidOperationException("The demo register file is not embedded.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        await import.ImportAsync(reader, ct);
    }
}
