using MentorHub.Web.Modules.Schools.Domain;
using MentorHub.Web.Modules.Schools.ImportSchools;

namespace MentorHub.Tests.Modules.Schools;

public sealed class ImportSchoolsParserTests
{
    private const string Header = "id,name,country,region,municipality,level,pupils,latitude,longitude";

    private static ImportSchoolsParser.Result Parse(string text) => ImportSchoolsParser.Parse(new StringReader(text));

    [Fact]
    public void Reads_quoted_names_with_commas_and_empty_pupils()
    {
        var result = Parse($"{Header}\nPT-1,\"Escola A, Sede\",PT,Lisboa,Loures,primary,,38.85,-9.16\nPT-2,Escola B,pt,Setúbal,Almada,combined,350,38.6,-9.2\n");
        Assert.True(result.Ok, string.Join("; ", result.Errors.SelectMany(e => e.Value)));
        Assert.Equal(2, result.Records.Count);
        Assert.Equal("Escola A, Sede", result.Records[0].Name);
        Assert.Null(result.Records[0].Pupils);
        Assert.Equal(SchoolLevel.Combined, result.Records[1].Level);
        Assert.Equal(350, result.Records[1].Pupils);
        Assert.Equal("PT", result.Records[1].Country);
    }

    [Fact]
    public void Accepts_a_byte_order_mark_and_columns_in_another_order()
    {
        var result = Parse("\uFEFFname,id,country,region,municipality,level,pupils,longitude,latitude\nEscola,PT-9,PT,Lisboa,Lisboa,vocational,,-9.1,38.7\n");
        Assert.True(result.Ok);
        Assert.Equal(38.7, result.Records[0].Latitude);
        Assert.Equal(-9.1, result.Records[0].Longitude);
    }

    [Fact]
    public void Names_every_bad_line_and_field()
    {
        var result = Parse($"{Header}\nPT-1,Good,PT,L,M,primary,,38,-9\nPT-2,,PT,L,M,college,-3,91,-9\nPT-1,Dup,PT,L,M,primary,,38,-9\nPT-4,X,Portugal,L,M,primary,,,-9\n");
        Assert.False(result.Ok);
        Assert.Contains("line 3: name", result.Errors.Keys);
        Assert.Contains("line 3: level", result.Errors.Keys);
        Assert.Contains("line 3: pupils", result.Errors.Keys);
        Assert.Contains("line 3: latitude", result.Errors.Keys);
        Assert.Contains("line 4: id", result.Errors.Keys);
        Assert.Contains("line 5: country", result.Errors.Keys);
        Assert.Contains("line 5: latitude", result.Errors.Keys);
        Assert.Contains("Line 4, id: 'PT-1' already appears on line 2.", result.Errors["line 4: id"]);
        Assert.DoesNotContain(result.Errors.Keys, k => k.StartsWith("line 2", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_column_is_a_header_error()
    {
        var result = Parse("id,name,country\nPT-1,A,PT\n");
        Assert.False(result.Ok);
        Assert.Contains(result.Errors["header"], m => m.Contains("'region'", StringComparison.Ordinal));
    }

    [Fact]
    public void Empty_file_and_header_only_file_are_errors()
    {
        Assert.Contains("file", Parse("").Errors.Keys);
        Assert.Contains("file", Parse(Header + "\n").Errors.Keys);
    }

    [Fact]
    public void A_row_with_too_few_fields_is_named()
    {
        var result = Parse($"{Header}\nPT-1,A,PT\n");
        Assert.Contains("line 2: row", result.Errors.Keys);
    }

    [Fact]
    public void The_real_lisbon_register_parses_without_errors()
    {
        using var reader = new StreamReader(typeof(ImportSchoolsParser).Assembly.GetManifestResourceStream("MentorHub.Web.Modules.Schools.Demo.schools-lisbon.csv")!);
        var result = ImportSchoolsParser.Parse(reader);
        Assert.True(result.Ok, string.Join("; ", result.Errors.SelectMany(e => e.Value).Take(5)));
        Assert.Equal(1191, result.Records.Count);
        // The counts the register's source notes give.
        Assert.Equal(774, result.Records.Count(r => r.Level == SchoolLevel.Primary));
        Assert.Equal(364, result.Records.Count(r => r.Level == SchoolLevel.Combined));
    }

    [Fact]
    public void Folding_removes_accents_and_case()
    {
        Assert.Equal("escola basica de setubal", School.Fold("Escola Básica de SETÚBAL"));
    }
}
