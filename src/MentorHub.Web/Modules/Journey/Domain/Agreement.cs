using MentorHub.Web.Platform.Errors;
using MentorHub.Web.Platform.Localisation;

namespace MentorHub.Web.Modules.Journey.Domain;

/// <summary>The parts of an anchoring agreement people write; plain text, never markup.</summary>
internal sealed record AgreementText(string People, string Goals, string MeetingRhythm, string Roles)
{
    public const int LongMaxLength = 4000;
    public const int ShortMaxLength = 500;

    public static AgreementText Empty { get; } = new("", "", "", "");

    public AgreementText Trimmed() => new(People.Trim(), Goals.Trim(), MeetingRhythm.Trim(), Roles.Trim());
}

/// <summary>
/// A cluster's anchoring agreement (phase 2 of the model): who takes part, the goals, the meeting rhythm
/// and the roles, confirmed by each member school. Every edit makes a new version; confirmations are of
/// one version, so an edit after confirmations clears them and says so.
/// </summary>
internal sealed class Agreement
{
    public Guid ClusterId { get; init; }
    public Guid ProgrammeId { get; init; }

    /// <summary>0 while nothing is written; the API's ETag and the page's hidden field carry it.</summary>
    public int Version { get; private set; }

    public string People { get; private set; } = "";
    public string Goals { get; private set; } = "";
    public string MeetingRhythm { get; private set; } = "";
    public string Roles { get; private set; } = "";
    public DateTime? UpdatedAt { get; private set; }
    public Guid? UpdatedById { get; private set; }
    public string UpdatedByName { get; private set; } = "";

    /// <summary>How many confirmations the last edit cleared, and when: the page tells the schools to confirm again.</summary>
    public int ClearedConfirmations { get; private set; }

    public DateTime? ClearedAt { get; private set; }

    public List<AgreementConfirmation> Confirmations { get; } = [];

    public AgreementText Text => new(People, Goals, MeetingRhythm, Roles);

    public static Agreement Draft(Guid programmeId, Guid clusterId) => new() { ProgrammeId = programmeId, ClusterId = clusterId };

    /// <summary>Whether a writer who read <paramref name="version"/> saw what is stored now.</summary>
    public bool IsAt(int version) => version == Version;

    /// <summary>Writes a new version. Confirmations of the old one no longer hold: they are cleared and counted.</summary>
    public void Edit(AgreementText text, Guid? byUserId, string byName, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trimmed();
        if (t.People.Length == 0 && t.Goals.Length == 0 && t.MeetingRhythm.Length == 0 && t.Roles.Length == 0)
        {
            throw new BusinessRuleException(new CatalogText("Journey.Error.AgreementEmpty"));
        }
        if (t.People.Length > AgreementText.LongMaxLength || t.Goals.Length > AgreementText.LongMaxLength || t.Roles.Length > AgreementText.LongMaxLength
            || t.MeetingRhythm.Length > AgreementText.ShortMaxLength)
        {
            throw new BusinessRuleException(new CatalogText("Journey.Error.AgreementTooLong"));
        }
        if (Confirmations.Count > 0)
        {
            ClearedConfirmations = Confirmations.Count;
            ClearedAt = at;
            Confirmations.Clear();
        }
        (People, Goals, MeetingRhythm, Roles) = (t.People, t.Goals, t.MeetingRhythm, t.Roles);
        UpdatedAt = at;
        UpdatedById = byUserId;
        UpdatedByName = byName;
        Version++;
    }

    /// <summary>The school confirms the current version; confirming again changes nothing.</summary>
    /// <returns>The new confirmation, or null when the school had already confirmed this version.</returns>
    public AgreementConfirmation? Confirm(string schoolId, Guid? byUserId, string byName, DateTime at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(schoolId);
        if (Version == 0)
        {
            throw new BusinessRuleException(new CatalogText("Journey.Error.NothingToConfirm"));
        }
        if (Confirmations.Any(c => c.SchoolId == schoolId))
        {
            return null;
        }
        var confirmation = new AgreementConfirmation { ClusterId = ClusterId, SchoolId = schoolId, Version = Version, ByUserId = byUserId, ByName = byName, At = at };
        Confirmations.Add(confirmation);
        return confirmation;
    }
}

/// <summary>One member school's confirmation of one version of the agreement.</summary>
internal sealed class AgreementConfirmation
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid ClusterId { get; init; }
    public string SchoolId { get; init; } = "";
    public int Version { get; init; }
    public Guid? ByUserId { get; init; }
    public string ByName { get; init; } = "";
    public DateTime At { get; init; }
}
