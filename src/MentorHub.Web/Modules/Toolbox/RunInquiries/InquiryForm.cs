using MentorHub.Web.Platform.Web;

namespace MentorHub.Web.Modules.Toolbox.RunInquiries;

/// <summary>An inquiry as the pages' forms carry it: text as typed, so a refused form shows it again unchanged.</summary>
public sealed class InquiryForm
{
    public string? ProgrammeId { get; set; }
    public string? Version { get; set; }
    public string? Title { get; set; }
    public string? Question { get; set; }
    public string? Assumptions { get; set; }
    public string? MethodId { get; set; }
    public string? DataToCollect { get; set; }
    public string? Findings { get; set; }
    public string? PracticeChange { get; set; }
    public string? Team { get; set; }
    public string? Status { get; set; }
    public bool Shared { get; set; }

    public string? Get(string key) => key switch
    {
        "Question" => Question,
        "Assumptions" => Assumptions,
        "DataToCollect" => DataToCollect,
        "Findings" => Findings,
        "PracticeChange" => PracticeChange,
        _ => null,
    };

    /// <summary>The version the form showed, as a save's precondition; a value it cannot read names none, so nothing is saved over.</summary>
    internal IfMatch VersionShown() =>
        int.TryParse(Version, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var version) ? IfMatch.Of(version) : IfMatch.Absent;

    internal SaveInquiryRequest ToRequest() => new(Title, Question, Assumptions, MethodId, DataToCollect, Findings, PracticeChange, Team, Status, Shared);

    internal static InquiryForm From(InquiryDto i) => new()
    {
        ProgrammeId = i.ProgrammeId.ToString(), Version = i.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Title = i.Title, Question = i.Question, Assumptions = i.Assumptions, MethodId = i.MethodId, DataToCollect = i.DataToCollect,
        Findings = i.Findings, PracticeChange = i.PracticeChange, Team = i.Team, Status = i.Status, Shared = i.Shared,
    };
}
