using System.Text.Json.Nodes;
using MentorHub.Web.Modules.SelfAssessment.Domain;

namespace MentorHub.Tests.Modules.SelfAssessment.Domain;

public sealed class InstrumentLoaderTests
{
    private static readonly string InstrumentsFolder = Path.Combine(AppContext.BaseDirectory, "Instruments");

    private static Instrument LoadFile(string fileName)
    {
        using var stream = File.OpenRead(Path.Combine(InstrumentsFolder, fileName));
        return InstrumentLoader.Load(stream);
    }

    [Fact]
    public void Default_self_assessment_has_the_seven_areas_of_a_digitally_innovative_school()
    {
        var instrument = LoadFile("selfassessment-default.v1.json");

        Assert.Equal("selfassessment-default.v1", instrument.Id);
        Assert.Equal(1, instrument.Version);
        Assert.Equal(InstrumentPurposes.SelfAssessment, instrument.Purpose);
        Assert.Equal(["leaders", "teachers", "students"], instrument.Groups);
        Assert.Equal(
            [
                "Vision and strategy",
                "Leadership",
                "Collaborative culture and knowledge sharing",
                "Teachers' digital-pedagogical practices",
                "Professional development",
                "Digital infrastructure",
                "Students' digital learning",
            ],
            instrument.Areas.Select(a => a.Name.Get("en")));
        Assert.All(instrument.Areas, a => Assert.NotEmpty(a.SelfieAreas));
        Assert.All(instrument.Areas.SelectMany(a => a.SelfieAreas), l => Assert.Matches("^[A-H]$", l));

        // Every SELFIE area A..H is reachable from some MentorHub area, so results can be read side by side.
        Assert.Equal("ABCDEFGH", string.Concat(instrument.Areas.SelectMany(a => a.SelfieAreas).Distinct().Order()));
    }

    [Fact]
    public void Default_self_assessment_item_counts_fit_the_design()
    {
        var instrument = LoadFile("selfassessment-default.v1.json");
        var leaders = instrument.ItemsFor("leaders");
        var teachers = instrument.ItemsFor("teachers");
        var students = instrument.ItemsFor("students");

        Assert.InRange(instrument.Items.Count, 30, 45);
        Assert.Equal(14, leaders.Count);
        Assert.Equal(17, teachers.Count);
        Assert.Equal(8, students.Count);
        Assert.True(students.Count < teachers.Count && students.Count < leaders.Count);

        // Leaders and teachers answer about every area; students only about what they see in class.
        Assert.Equal(7, leaders.Select(i => i.AreaId).Distinct().Count());
        Assert.Equal(7, teachers.Select(i => i.AreaId).Distinct().Count());
        Assert.InRange(students.Select(i => i.AreaId).Distinct().Count(), 1, 6);
        Assert.All(instrument.Items, i => Assert.Equal(ItemKind.Scale, i.Kind));
        Assert.All(instrument.Items, i => Assert.StartsWith(i.AreaId + ".", i.Id, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("selfassessment-default.v1.json")]
    [InlineData("outcome-default.v1.json")]
    public void Every_text_has_english_and_portuguese(string fileName)
    {
        var instrument = LoadFile(fileName);
        var texts = new List<LocalizedText> { instrument.Name, instrument.Scale.NotApplicable };
        texts.AddRange(instrument.Areas.SelectMany(a => new[] { a.Name, a.Description }));
        texts.AddRange(instrument.Items.Select(i => i.Text));
        texts.AddRange(instrument.Scale.Points.Select(p => p.Label));

        Assert.All(texts, t =>
        {
            Assert.True(t.Has("en"), $"missing en: {t}");
            Assert.True(t.Has("pt"), $"missing pt: {t}");
            Assert.NotEqual(t.Get("en"), t.Get("pt"));
        });
        Assert.Equal([1, 2, 3, 4, 5], instrument.Scale.Points.Select(p => p.Value));
        Assert.Equal("Concordo totalmente", instrument.Scale.Points[4].Label.Get("pt"));
    }

    [Fact]
    public void Outcome_instrument_has_four_statements_and_an_optional_comment()
    {
        var instrument = LoadFile("outcome-default.v1.json");

        Assert.Equal("outcome-default.v1", instrument.Id);
        Assert.Equal(InstrumentPurposes.Outcome, instrument.Purpose);
        Assert.Equal(["teachers"], instrument.Groups);
        Assert.Equal(
            ["outcome.intention", "outcome.promotion", "outcome.influence", "outcome.effectiveness"],
            instrument.Items.Where(i => i.Kind == ItemKind.Scale).Select(i => i.Id));
        var comment = Assert.Single(instrument.Items, i => i.Kind == ItemKind.Text);
        Assert.Equal("outcome.comment", comment.Id);
    }

    [Fact]
    public void Embedded_catalog_matches_the_files()
    {
        Assert.Equal(
            [InstrumentCatalog.DefaultOutcomeId, InstrumentCatalog.DefaultSelfAssessmentId],
            InstrumentCatalog.BuiltIn.Select(i => i.Id));
        var embedded = InstrumentCatalog.Find(InstrumentCatalog.DefaultSelfAssessmentId)!;
        var file = LoadFile("selfassessment-default.v1.json");
        Assert.Equal(file.Items.Select(i => (i.Id, i.Text.Get("pt"))), embedded.Items.Select(i => (i.Id, i.Text.Get("pt"))));
    }

    [Fact]
    public void Localized_text_falls_back_from_region_to_language_to_english()
    {
        var text = LocalizedText.Of("Leadership", "Liderança");

        Assert.Equal("Liderança", text.Get("pt-PT"));
        Assert.Equal("Liderança", text.Get("PT"));
        Assert.Equal("Leadership", text.Get("et"));
        Assert.Equal("Leadership", text.Get(null));
    }

    [Fact]
    public void Small_test_instrument_is_valid()
    {
        var instrument = TestInstruments.Small;

        Assert.Equal(7, instrument.Items.Count);
        Assert.Equal(["b"], instrument.ScoredAreasFor("students").Select(a => a.Id));
    }

    [Fact]
    public void Rejects_duplicate_item_ids()
    {
        var errors = TestInstruments.ErrorsAfter(doc => doc["items"]![1]!["id"] = "a.l1");

        Assert.Contains(errors, e => e.Contains("items[1] ('a.l1'): duplicate id 'a.l1'", StringComparison.Ordinal));
    }

    [Fact]
    public void Rejects_an_item_id_that_repeats_an_area_id()
    {
        var errors = TestInstruments.ErrorsAfter(doc => doc["items"]![0]!["id"] = "b");

        Assert.Contains(errors, e => e.Contains("duplicate id 'b'", StringComparison.Ordinal));
    }

    [Fact]
    public void Rejects_duplicate_area_ids()
    {
        var errors = TestInstruments.ErrorsAfter(doc => doc["areas"]![1]!["id"] = "a");

        Assert.Contains(errors, e => e.Contains("areas[1] ('a'): duplicate id 'a'", StringComparison.Ordinal));
    }

    [Fact]
    public void Rejects_an_item_pointing_to_an_unknown_area()
    {
        var errors = TestInstruments.ErrorsAfter(doc => doc["items"]![3]!["areaId"] = "visoin");

        Assert.Contains("items[3] ('a.t1'): areaId 'visoin' is not an area of this instrument.", errors);
    }

    [Fact]
    public void Rejects_missing_english_text()
    {
        var errors = TestInstruments.ErrorsAfter(doc => doc["items"]![2]!["text"]!.AsObject().Remove("en"));

        Assert.Contains("items[2] ('b.l1').text: the English ('en') text is missing.", errors);
    }

    [Fact]
    public void Rejects_missing_text_in_a_declared_language()
    {
        var errors = TestInstruments.ErrorsAfter(doc => doc["areas"]![0]!["name"]!.AsObject().Remove("pt"));

        Assert.Contains("areas[0] ('a').name: the 'pt' text is missing although the instrument declares that language.", errors);
    }

    [Fact]
    public void Rejects_an_unknown_group_on_an_item_and_in_the_list()
    {
        var errors = TestInstruments.ErrorsAfter(doc =>
        {
            doc["items"]![6]!["group"] = "parents";
            doc["groups"]!.AsArray().Add("parents");
        });

        Assert.Contains(errors, e => e.StartsWith("groups: 'parents' is not a known respondent group", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("items[6] ('b.s1'): group 'parents' is not a known respondent group", StringComparison.Ordinal));
    }

    [Fact]
    public void Rejects_an_item_for_a_group_the_instrument_does_not_list()
    {
        var errors = TestInstruments.ErrorsAfter(doc => doc["groups"] = new JsonArray("leaders", "teachers"));

        Assert.Contains("items[6] ('b.s1'): group 'students' is not listed in the instrument's groups.", errors);
    }

    [Fact]
    public void Rejects_a_scale_other_than_one_to_five_and_unknown_kinds_and_purposes()
    {
        var errors = TestInstruments.ErrorsAfter(doc =>
        {
            doc["scale"]!["max"] = 7;
            doc["items"]![0]!["kind"] = "slider";
            doc["purpose"] = "quiz";
        });

        Assert.Contains("scale: must run from 1 to 5 (found 1 to 7).", errors);
        Assert.Contains("items[0] ('a.l1'): kind 'slider' is neither 'scale' nor 'text'.", errors);
        Assert.Contains(errors, e => e.StartsWith("purpose: 'quiz' is not one of", StringComparison.Ordinal));
    }

    [Fact]
    public void Reports_every_problem_at_once_and_throws_with_them()
    {
        var node = JsonNode.Parse(TestInstruments.SmallJson)!.AsObject();
        node["items"]![0]!["areaId"] = "x";
        node["items"]![1]!["areaId"] = "y";

        var ex = Assert.Throws<InstrumentValidationException>(() => InstrumentLoader.Load(TestInstruments.ToStream(node.ToJsonString())));

        Assert.Equal(2, ex.Errors.Count);
        Assert.Contains("'x'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'y'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_malformed_json_with_a_line_number()
    {
        var (instrument, errors) = InstrumentLoader.TryLoad(TestInstruments.ToStream("{\n  \"id\": \"x\",\n  oops\n}"));

        Assert.Null(instrument);
        var error = Assert.Single(errors);
        Assert.StartsWith("The file is not valid instrument JSON (line 3)", error, StringComparison.Ordinal);
    }
}
