using MentorHub.Web.Modules.Schools.Domain;
using MentorHub.Web.Platform.Data;
using MentorHub.Web.Platform.Errors;
using MentorHub.Web.Platform.Localisation;
using Microsoft.EntityFrameworkCore;

namespace MentorHub.Web.Modules.Schools.ImportSchools;

internal sealed record ImportSchoolsResponse(int Imported, int Updated);

/// <summary>Shared by the import page and the API: all or nothing, and a re-import updates rather than duplicates.</summary>
internal sealed class ImportSchoolsHandler(AppDbContext db)
{
    public async Task<ImportSchoolsResponse> ImportAsync(TextReader csv, CancellationToken ct)
    {
        var parsed = ImportSchoolsParser.Parse(csv);
        if (!parsed.Ok)
        {
            var rows = parsed.Errors.Keys.Count(k => k.StartsWith("line ", StringComparison.Ordinal));
            throw new InputException(
                rows > 0 ? new CatalogText("Schools.Import.Error.Problems", rows) : new CatalogText("Schools.Import.Error.Unreadable"),
                parsed.Problems.ToDictionary(kv => kv.Key, kv => kv.Value));
        }
        return await StoreAsync(parsed.Records, ct);
    }

    public async Task<ImportSchoolsResponse> StoreAsync(IReadOnlyList<SchoolRecord> records, CancellationToken ct)
    {
        try
        {
            return await StoreOnceAsync(records, ct);
        }
        catch (DbUpdateException)
        {
            // Another import added some of the same schools in between (the key decided): read them
            // again, so this one updates them as a repeated import does.
            db.ChangeTracker.Clear();
        }
        try
        {
            return await StoreOnceAsync(records, ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            throw new BusinessRuleException(new CatalogText("Schools.Import.Error.AtTheSameTime"));
        }
    }

    private async Task<ImportSchoolsResponse> StoreOnceAsync(IReadOnlyList<SchoolRecord> records, CancellationToken ct)
    {
        var ids = records.Select(r => r.Id).ToList();
        var existing = new Dictionary<string, School>(StringComparer.OrdinalIgnoreCase);
        // Chunked so a national register stays within every provider's parameter limits.
        foreach (var chunk in ids.Chunk(500))
        {
            foreach (var school in await db.Set<School>().Where(s => chunk.Contains(s.Id)).ToListAsync(ct))
            {
                existing[school.Id] = school;
            }
        }
        int imported = 0, updated = 0;
        foreach (var record in records)
        {
            if (existing.TryGetValue(record.Id, out var school))
            {
                if (school.UpdateFrom(record))
                {
                    updated++;
                }
            }
            else
            {
                db.Set<School>().Add(School.From(record));
                imported++;
            }
        }
        await db.SaveChangesAsync(ct);
        return new ImportSchoolsResponse(imported, updated);
    }
}
