namespace MentorHub.Web.Platform.Data;

/// <summary>
/// Data every installation needs, demo or not (shipped questionnaires, say). Runs at start and after
/// `migrate`, after the schema is current; contributors must only add what is missing.
/// </summary>
public interface IReferenceDataContributor
{
    Task EnsureAsync(CancellationToken ct);
}
