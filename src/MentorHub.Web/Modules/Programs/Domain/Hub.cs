using MentorHub.Web.Platform.Errors;
using MentorHub.Web.Platform.Localisation;

namespace MentorHub.Web.Modules.Programs.Domain;

internal enum HubKind
{
    /// <summary>The coordinator forms clusters (by distance, level or county).</summary>
    TopDown,

    /// <summary>Schools organise themselves; the coordinator approves.</summary>
    BottomUp,
}

internal enum StakeholderKind
{
    University,
    Company,
    Ngo,
    Agency,
    Other,
}

/// <summary>A regional innovation hub: schools, universities, companies and the ministry of one region.</summary>
internal sealed class Hub
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid ProgrammeId { get; init; }
    public required string Name { get; set; }
    public required string Region { get; set; }
    public HubKind Kind { get; set; }
    public string Description { get; set; } = "";
    public List<Stakeholder> Stakeholders { get; } = [];
    public DateTime CreatedAt { get; init; } = DateTime.UtcNow;

    public Stakeholder AddStakeholder(string name, StakeholderKind kind, string? contactName, string? contactEmail, string? contactPhone, string? website)
    {
        if (Stakeholders.Any(s => string.Equals(s.Name, name.Trim(), StringComparison.OrdinalIgnoreCase)))
        {
            throw new BusinessRuleException(new CatalogText("Programs.Error.StakeholderExists", name));
        }
        var stakeholder = new Stakeholder
        {
            HubId = Id,
            Name = name.Trim(),
            Kind = kind,
            ContactName = contactName?.Trim() ?? "",
            ContactEmail = contactEmail?.Trim() ?? "",
            ContactPhone = contactPhone?.Trim() ?? "",
            Website = website?.Trim() ?? "",
        };
        Stakeholders.Add(stakeholder);
        return stakeholder;
    }
}

/// <summary>A university, company, NGO or agency taking part in a hub.</summary>
internal sealed class Stakeholder
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid HubId { get; init; }
    public required string Name { get; set; }
    public StakeholderKind Kind { get; set; }
    public string ContactName { get; set; } = "";
    public string ContactEmail { get; set; } = "";
    public string ContactPhone { get; set; } = "";
    public string Website { get; set; } = "";
}
