using MentorHub.Web.Modules.Toolbox.Api;
using MentorHub.Web.Platform.Errors;
using MentorHub.Web.Platform.Localisation;

namespace MentorHub.Web.Modules.Toolbox.Domain;

internal enum InquiryStatus
{
    Draft,
    InProgress,
    Completed,
}

internal static class InquiryStatuses
{
    public static string Name(this InquiryStatus status) => status switch
    {
        InquiryStatus.InProgress => "in-progress",
        InquiryStatus.Completed => "completed",
        _ => "draft",
    };

    public static IReadOnlyList<string> All { get; } = ["draft", "in-progress", "completed"];

    public static bool TryParse(string? name, out InquiryStatus status)
    {
        status = name switch
        {
            "draft" => InquiryStatus.Draft,
            "in-progress" => InquiryStatus.InProgress,
            "completed" => InquiryStatus.Completed,
            _ => (InquiryStatus)(-1),
        };
        return Enum.IsDefined(status);
    }
}

/// <summary>What a teacher or team writes about an inquiry; the same for starting and saving one.</summary>
internal sealed record InquiryContent(
    string Title, string Question, string Assumptions, string MethodId, string DataToCollect,
    string Findings, string PracticeChange, string Team, InquiryStatus Status, bool Shared);

/// <summary>
/// A TISL inquiry: a teacher or a team of a school in a programme asks a question about their students'
/// learning, states assumptions, picks a method and the data to collect, records what they found and
/// the change to practice. Draft, then in progress, then completed; may be reopened (back to in
/// progress) but never turned back into a draft once work started. Shared ones are readable by the cluster.
/// </summary>
internal sealed class Inquiry
{
    public const int TitleMaxLength = 200;
    public const int TextMaxLength = 4000;

    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid ProgrammeId { get; init; }
    public string SchoolId { get; init; } = "";
    public Guid AuthorId { get; init; }
    public string AuthorName { get; init; } = "";
    public string Team { get; private set; } = "";
    public string Title { get; private set; } = "";
    public string Question { get; private set; } = "";
    public string Assumptions { get; private set; } = "";
    public string MethodId { get; private set; } = ToolboxIds.Tisl;
    public string DataToCollect { get; private set; } = "";
    public string Findings { get; private set; } = "";
    public string PracticeChange { get; private set; } = "";
    public InquiryStatus Status { get; private set; }
    public bool Shared { get; private set; }
    public DateTime CreatedAt { get; init; }
    public DateTime UpdatedAt { get; private set; }
    public DateTime? CompletedAt { get; private set; }
    public int Version { get; private set; } = 1;

    public static Inquiry Start(Guid programmeId, string schoolId, Guid authorId, string authorName, InquiryContent content, DateTime now)
    {
        var inquiry = new Inquiry { ProgrammeId = programmeId, SchoolId = schoolId, AuthorId = authorId, AuthorName = authorName, CreatedAt = now };
        inquiry.Apply(content, now);
        inquiry.Version = 1;
        return inquiry;
    }

    public void Save(InquiryContent content, DateTime now)
    {
        if (content.Status == InquiryStatus.Draft && Status != InquiryStatus.Draft)
        {
            throw new BusinessRuleException(new CatalogText("Toolbox.Error.BackToDraft"));
        }
        Apply(content, now);
        Version++;
    }

    private void Apply(InquiryContent c, DateTime now)
    {
        if (c.Status == InquiryStatus.Completed)
        {
            var missing = new Dictionary<string, CatalogText[]>();
            if (string.IsNullOrWhiteSpace(c.Findings))
            {
                missing["findings"] = [new("Toolbox.Error.FindingsToComplete")];
            }
            if (string.IsNullOrWhiteSpace(c.PracticeChange))
            {
                missing["practiceChange"] = [new("Toolbox.Error.ChangeToComplete")];
            }
            if (missing.Count > 0)
            {
                throw new InputException(new CatalogText("Toolbox.Error.NotComplete"), missing);
            }
        }
        Title = c.Title.Trim();
        Question = c.Question.Trim();
        Assumptions = c.Assumptions.Trim();
        MethodId = c.MethodId.Trim();
        DataToCollect = c.DataToCollect.Trim();
        Findings = c.Findings.Trim();
        PracticeChange = c.PracticeChange.Trim();
        Team = c.Team.Trim();
        CompletedAt = c.Status == InquiryStatus.Completed ? (Status == InquiryStatus.Completed ? CompletedAt : now) : null;
        Status = c.Status;
        Shared = c.Shared;
        UpdatedAt = now;
    }
}
