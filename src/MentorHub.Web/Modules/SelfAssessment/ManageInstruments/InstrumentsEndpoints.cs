using MentorHub.Web.Modules.SelfAssessment.Domain;
using MentorHub.Web.Platform.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MentorHub.Web.Modules.SelfAssessment.ManageInstruments;

internal sealed record InstrumentAreaDto(string Id, string Name, string Description, IReadOnlyList<string> SelfieAreas);

internal sealed record InstrumentSummaryDto(string Id, string Name, int Version, string Purpose, IReadOnlyList<string> Groups, IReadOnlyList<string> Languages, IReadOnlyList<InstrumentAreaDto> Areas);

internal sealed record InstrumentItemDto(string Id, string AreaId, string Group, string Text, string Kind);

internal sealed record ScalePointDto(int Value, string Label);

internal sealed record ScaleDto(int Min, int Max, IReadOnlyList<ScalePointDto> Points, string NotApplicable);

internal sealed record InstrumentDto(
    string Id, string Name, int Version, string Purpose, IReadOnlyList<string> Groups, IReadOnlyList<string> Languages,
    string Language, IReadOnlyList<InstrumentAreaDto> Areas, IReadOnlyList<InstrumentItemDto> Items, ScaleDto Scale);

internal static class InstrumentsEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/instruments", ListAsync)
            .WithName("ListInstruments").WithSummary("Every stored instrument, newest versions included.")
            .RequireAuthorization(Policies.SignedIn);
        group.MapGet("/instruments/{id}", GetAsync)
            .WithName("GetInstrument").WithSummary("One instrument: areas, items per group and the scale, in the language asked for (lang=).")
            .RequireAuthorization(Policies.SignedIn);
        group.MapPost("/instruments", AddAsync)
            .WithName("AddInstrument").WithSummary("Store a new instrument (version) from its JSON document; an existing id is never changed (409).")
            .Accepts<object>("application/json")
            .RequireAuthorization(Policies.Admin);
    }

    private static async Task<Ok<List<InstrumentSummaryDto>>> ListAsync(string? lang, InstrumentStore store, CancellationToken ct) =>
        TypedResults.Ok((await store.AllAsync(ct)).Select(i => Summary(i, lang)).ToList());

    private static async Task<Ok<InstrumentDto>> GetAsync(string id, string? lang, InstrumentStore store, CancellationToken ct) =>
        TypedResults.Ok(Full(await store.GetAsync(id, ct), lang));

    private static async Task<Created<InstrumentDto>> AddAsync(HttpRequest request, InstrumentStore store, CancellationToken ct)
    {
        using var reader = new StreamReader(request.Body);
        var definition = await reader.ReadToEndAsync(ct);
        var instrument = await store.AddAsync(definition, builtIn: false, ct);
        return TypedResults.Created($"/api/v1/instruments/{Uri.EscapeDataString(instrument.Id)}", Full(instrument, null));
    }

    public static InstrumentSummaryDto Summary(Instrument i, string? lang) =>
        new(i.Id, i.Name.Get(lang), i.Version, i.Purpose, i.Groups, i.Languages, Areas(i, lang));

    public static InstrumentDto Full(Instrument i, string? lang) =>
        new(i.Id, i.Name.Get(lang), i.Version, i.Purpose, i.Groups, i.Languages, Language(i, lang), Areas(i, lang),
            i.Items.Select(x => new InstrumentItemDto(x.Id, x.AreaId, x.Group, x.Text.Get(lang), Kind(x.Kind))).ToList(),
            Scale(i.Scale, lang));

    public static ScaleDto Scale(InstrumentScale scale, string? lang) =>
        new(scale.Min, scale.Max, scale.Points.Select(p => new ScalePointDto(p.Value, p.Label.Get(lang))).ToList(), scale.NotApplicable.Get(lang));

    /// <summary>The language texts are shown in: the one asked for when the instrument has it, else English.</summary>
    public static string Language(Instrument i, string? lang) =>
        i.Languages.FirstOrDefault(l => string.Equals(l, lang, StringComparison.OrdinalIgnoreCase))
        ?? i.Languages.FirstOrDefault(l => lang is not null && lang.StartsWith(l + "-", StringComparison.OrdinalIgnoreCase))
        ?? LocalizedText.Fallback;

    public static string Kind(ItemKind kind) => kind == ItemKind.Text ? "text" : "scale";

    private static List<InstrumentAreaDto> Areas(Instrument i, string? lang) =>
        i.Areas.Select(a => new InstrumentAreaDto(a.Id, a.Name.Get(lang), a.Description.Get(lang), a.SelfieAreas)).ToList();
}
