using System.Collections.Concurrent;
using System.Text;
using MentorHub.Web.Modules.SelfAssessment.Domain;
using MentorHub.Web.Platform.Data;
using MentorHub.Web.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace MentorHub.Web.Modules.SelfAssessment.ManageInstruments;

/// <summary>
/// Reads instruments from the database and keeps the parsed form in memory. Stored rows never
/// change, so a parsed instrument keyed by its content hash stays valid for the life of the process
/// (and cannot be confused with a same-named instrument of another database, as in tests).
/// </summary>
internal sealed class InstrumentStore(AppDbContext db)
{
    private static readonly ConcurrentDictionary<string, Instrument> Parsed = new(StringComparer.Ordinal);

    public async Task<Instrument?> FindAsync(string id, CancellationToken ct)
    {
        var hash = await db.Set<StoredInstrument>().AsNoTracking().Where(i => i.Id == id).Select(i => i.ContentHash).FirstOrDefaultAsync(ct);
        return hash is null ? null : await ByHashAsync(id, hash, ct);
    }

    public async Task<Instrument> GetAsync(string id, CancellationToken ct) =>
        await FindAsync(id, ct) ?? throw new NotFoundException($"No instrument with the id '{id}'.");

    /// <summary>The parsed instrument for a row whose hash the caller already has (the survey hot path).</summary>
    public async Task<Instrument> ByHashAsync(string id, string hash, CancellationToken ct)
    {
        if (Parsed.TryGetValue(hash, out var cached))
        {
            return cached;
        }
        var definition = await db.Set<StoredInstrument>().AsNoTracking().Where(i => i.Id == id).Select(i => i.Definition).FirstAsync(ct);
        var instrument = Parse(definition);
        Parsed.TryAdd(hash, instrument);
        return instrument;
    }

    public async Task<IReadOnlyList<Instrument>> AllAsync(CancellationToken ct)
    {
        var rows = await db.Set<StoredInstrument>().AsNoTracking().OrderBy(i => i.Purpose).ThenBy(i => i.Id).Select(i => new { i.Id, i.ContentHash }).ToListAsync(ct);
        var list = new List<Instrument>(rows.Count);
        foreach (var row in rows)
        {
            list.Add(await ByHashAsync(row.Id, row.ContentHash, ct));
        }
        return list;
    }

    /// <summary>Stores a new instrument; an id already taken is refused, since rounds may rely on it.</summary>
    public async Task<Instrument> AddAsync(string definition, bool builtIn, CancellationToken ct)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(definition));
        var (instrument, errors) = InstrumentLoader.TryLoad(stream);
        if (instrument is null)
        {
            throw new InputException("The instrument is not valid.", new Dictionary<string, string[]> { ["instrument"] = [.. errors] });
        }
        if (await db.Set<StoredInstrument>().AnyAsync(i => i.Id == instrument.Id, ct))
        {
            throw new BusinessRuleException($"An instrument with the id '{instrument.Id}' exists and never changes; give the new version a new id (e.g. '{NextId(instrument.Id)}').");
        }
        db.Add(StoredInstrument.From(definition, instrument, builtIn));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            throw new BusinessRuleException($"An instrument with the id '{instrument.Id}' exists already.");
        }
        return instrument;
    }

    private static string NextId(string id)
    {
        var dot = id.LastIndexOf(".v", StringComparison.Ordinal);
        return dot > 0 && int.TryParse(id[(dot + 2)..], out var v) ? $"{id[..dot]}.v{v + 1}" : id + ".v2";
    }

    private static Instrument Parse(string definition)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(definition));
        return InstrumentLoader.Load(stream);
    }
}

/// <summary>Stores the shipped instruments that the database does not hold yet.</summary>
internal sealed class BuiltInInstruments(AppDbContext db) : IReferenceDataContributor
{
    public async Task EnsureAsync(CancellationToken ct)
    {
        var present = await db.Set<StoredInstrument>().Select(i => i.Id).ToListAsync(ct);
        var assembly = typeof(InstrumentCatalog).Assembly;
        foreach (var instrument in InstrumentCatalog.BuiltIn.Where(i => !present.Contains(i.Id)))
        {
            using var stream = assembly.GetManifestResourceStream($"MentorHub.Instruments.{instrument.Id}.json")!;
            using var reader = new StreamReader(stream);
            db.Add(StoredInstrument.From(await reader.ReadToEndAsync(ct), instrument, builtIn: true));
        }
        await db.SaveChangesAsync(ct);
    }
}
