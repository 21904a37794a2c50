using MentorHub.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace MentorHub.Web.Platform.Demo;

/// <summary>A module's part of the demo programme. Contributors run in <see cref="Order"/>, in one transaction.</summary>
public interface IDemoContributor
{
    int Order { get; }

    Task SeedAsync(DemoContext demo, CancellationToken ct);
}

/// <summary>What earlier contributors created, for later ones to build on.</summary>
public sealed class DemoContext(AppDbContext db)
{
    public AppDbContext Db { get; } = db;
    public Dictionary<string, string> Ids { get; } = [];
}

/// <summary>Names under which demo contributors leave ids for later ones in <see cref="DemoContext.Ids"/>.</summary>
public static class DemoKeys
{
    public const string Programme = "programme";
    public const string TopDownHub = "hub.top-down";
    public const string BottomUpHub = "hub.bottom-up";
    public const string MentorSchool = "school.mentor";
    public const string MenteeSchool = "school.mentee";

    /// <summary>The Lisboa hub's mentee schools in the demo's order: <c>school.lisbon-mentee.0</c>, <c>.1</c>, ...</summary>
    public static string LisbonMentee(int index) => $"school.lisbon-mentee.{index}";
}

public static class DemoAccounts
{
    public const string Password = "mentorhub-demo";
}

internal sealed class DemoSeeder(AppDbContext db, IEnumerable<IDemoContributor> contributors, ILogger<DemoSeeder> logger)
{
    /// <summary>Seeds only a database without users, so a restart never duplicates the demo.</summary>
    public async Task SeedIfEmptyAsync(CancellationToken ct)
    {
        if (db.Users.Any())
        {
            return;
        }
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var context = new DemoContext(db);
            foreach (var contributor in contributors.OrderBy(c => c.Order))
            {
                await contributor.SeedAsync(context, ct);
                await db.SaveChangesAsync(ct);
            }
            await transaction.CommitAsync(ct);
        });
        logger.LogInformation("Demo programme loaded.");
    }
}
