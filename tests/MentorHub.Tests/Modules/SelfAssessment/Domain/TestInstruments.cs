using System.Text;
using System.Text.Json.Nodes;
using MentorHub.Web.Modules.SelfAssessment.Domain;

namespace MentorHub.Tests.Modules.SelfAssessment.Domain;

/// <summary>Small instruments whose numbers can be worked by hand.</summary>
internal static class TestInstruments
{
    /// <summary>
    /// Two areas. Leaders: a.l1, a.l2, b.l1. Teachers: a.t1, a.t2, b.t1. Students: b.s1 only
    /// (students see one area, like the default instrument's students see only some).
    /// </summary>
    public const string SmallJson = """
    {
      "id": "test.v1",
      "version": 1,
      "purpose": "self-assessment",
      "name": { "en": "Test", "pt": "Teste" },
      "languages": ["en", "pt"],
      "groups": ["leaders", "teachers", "students"],
      "scale": {
        "min": 1, "max": 5,
        "points": [
          { "value": 1, "label": { "en": "Strongly disagree", "pt": "Discordo totalmente" } },
          { "value": 2, "label": { "en": "Disagree", "pt": "Discordo" } },
          { "value": 3, "label": { "en": "Neutral", "pt": "Neutro" } },
          { "value": 4, "label": { "en": "Agree", "pt": "Concordo" } },
          { "value": 5, "label": { "en": "Strongly agree", "pt": "Concordo totalmente" } }
        ],
        "notApplicable": { "en": "Don't know", "pt": "Não sei" }
      },
      "areas": [
        { "id": "a", "name": { "en": "Area A", "pt": "Área A" }, "selfieAreas": ["A"] },
        { "id": "b", "name": { "en": "Area B", "pt": "Área B" }, "selfieAreas": ["C", "D"] }
      ],
      "items": [
        { "id": "a.l1", "areaId": "a", "group": "leaders", "kind": "scale", "text": { "en": "L1", "pt": "L1 pt" } },
        { "id": "a.l2", "areaId": "a", "group": "leaders", "kind": "scale", "text": { "en": "L2", "pt": "L2 pt" } },
        { "id": "b.l1", "areaId": "b", "group": "leaders", "kind": "scale", "text": { "en": "L3", "pt": "L3 pt" } },
        { "id": "a.t1", "areaId": "a", "group": "teachers", "kind": "scale", "text": { "en": "T1", "pt": "T1 pt" } },
        { "id": "a.t2", "areaId": "a", "group": "teachers", "kind": "scale", "text": { "en": "T2", "pt": "T2 pt" } },
        { "id": "b.t1", "areaId": "b", "group": "teachers", "kind": "scale", "text": { "en": "T3", "pt": "T3 pt" } },
        { "id": "b.s1", "areaId": "b", "group": "students", "kind": "scale", "text": { "en": "S1", "pt": "S1 pt" } }
      ]
    }
    """;

    public static Instrument Small { get; } = Load(SmallJson);

    public static Instrument Load(string json) => InstrumentLoader.Load(ToStream(json));

    public static MemoryStream ToStream(string json) => new(Encoding.UTF8.GetBytes(json));

    /// <summary>Applies <paramref name="change"/> to a copy of <see cref="SmallJson"/> and returns the loader's errors.</summary>
    public static IReadOnlyList<string> ErrorsAfter(Action<JsonObject> change)
    {
        var node = JsonNode.Parse(SmallJson)!.AsObject();
        change(node);
        var (instrument, errors) = InstrumentLoader.TryLoad(ToStream(node.ToJsonString()));
        Assert.Null(instrument);
        return errors;
    }

    public static IReadOnlyDictionary<string, int?> Answers(params (string ItemId, int? Value)[] answers) =>
        answers.ToDictionary(a => a.ItemId, a => a.Value);

    public static (string Group, IReadOnlyDictionary<string, int?> Answers) Response(string group, params (string ItemId, int? Value)[] answers) =>
        (group, Answers(answers));
}
