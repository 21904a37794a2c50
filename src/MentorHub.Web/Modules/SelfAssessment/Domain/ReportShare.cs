using MentorHub.Web.Platform.Errors;
using MentorHub.Web.Platform.Localisation;

namespace MentorHub.Web.Modules.SelfAssessment.Domain;

/// <summary>
/// What a school shares of one released round's report, and with whom: the mentor school of the
/// cluster it belongs to when someone reads (not a school fixed at sharing time, so a school that
/// changes cluster shares with its new mentor), and its own staff, teachers included. One row per
/// round, updated in place; sharing with nobody is how a share is revoked, and the row keeps who did it and when.
/// </summary>
internal sealed class ReportShare
{
    public const int MaxAreas = 100;

    public required string RoundId { get; init; }
    public bool MentorSchool { get; private set; }
    public bool OwnStaff { get; private set; }

    /// <summary>The shared areas' ids, one per line, or null for the whole report.</summary>
    public string? Areas { get; private set; }

    public Guid? SharedBy { get; private set; }
    public DateTime SharedAt { get; private set; }

    /// <summary>The shared areas, or null for the whole report.</summary>
    public IReadOnlyList<string>? AreaIds => Areas is null ? null : Areas.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Shared with anyone at all.</summary>
    public bool Active => MentorSchool || OwnStaff;

    /// <summary>
    /// Sets the audience and the areas. Only a released (closed) round has numbers to share; an open
    /// round's report is empty for everyone until it closes (ADR 0009), so sharing it is refused.
    /// </summary>
    public void Set(bool mentorSchool, bool ownStaff, IReadOnlyCollection<string>? areaIds, bool released, Guid? by, DateTime at)
    {
        if (!released)
        {
            throw new BusinessRuleException(new CatalogText("SelfAssessment.Sharing.Error.NotReleased"));
        }
        MentorSchool = mentorSchool;
        OwnStaff = ownStaff;
        Areas = areaIds is null ? null : string.Join('\n', areaIds.Distinct(StringComparer.Ordinal));
        SharedBy = by;
        // Whole seconds: both databases store them alike, so the answer to the write and every later read agree.
        SharedAt = new DateTime(at.Ticks - (at.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
    }

    /// <summary>Whether the area is part of what is shared.</summary>
    public bool Covers(string areaId) => AreaIds is not { } areas || areas.Contains(areaId, StringComparer.Ordinal);
}
