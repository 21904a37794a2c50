using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using MentorHub.Web.Platform.Localisation;
using Microsoft.Extensions.Localization;

namespace MentorHub.Web.Modules.Activities.Diary;

/// <summary>The diary as a Word document: a title, the period, a table of activities (each topic under its title), then each school's reflections under its name.</summary>
internal static class DiaryDocument
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static byte[] Build(ClusterDiary diary, IStringLocalizer L)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            AddStyles(main);
            var body = new Body();
            body.Append(Heading("Title", L["Activities.Diary.DocumentTitle", diary.ClusterName]));
            body.Append(Text(DiaryTexts.Period(diary)));
            body.Append(Heading("Heading1", L["Activities.Diary.Activities"]));
            if (diary.Activities.Count == 0)
            {
                body.Append(Text(L["Activities.Diary.NoActivities"]));
            }
            else
            {
                body.Append(ActivityTable(diary, L));
            }
            body.Append(Heading("Heading1", L["Activities.Diary.Reflections"]));
            if (diary.Reflections.Count == 0)
            {
                body.Append(Text(L["Activities.Diary.NoReflections"]));
            }
            foreach (var school in diary.BySchool())
            {
                body.Append(Heading("Heading2", diary.School(school.Key)));
                foreach (var reflection in school)
                {
                    body.Append(Heading("Heading3", DiaryTexts.About(reflection, L)));
                    foreach (var (label, text) in DiaryTexts.Parts(reflection, L))
                    {
                        body.Append(Labelled(label, text));
                    }
                    if (reflection.MentorComment is { } comment)
                    {
                        body.Append(Labelled(L["Activities.Reflection.MentorComment"], comment));
                    }
                }
            }
            main.Document = new Document(body);
            main.Document.Save();
        }
        return stream.ToArray();
    }

    private static Table ActivityTable(ClusterDiary diary, IStringLocalizer L)
    {
        var table = new Table(new TableProperties(
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
                new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })));
        string[] header = [L["Activities.Field.Date"], L["Activities.Field.Title"], L["Activities.Field.Format"], L["Activities.Field.Mode"], L["Activities.Field.Host"], L["Activities.Field.Participants"]];
        var head = new TableRow(new TableRowProperties(new TableHeader()));
        head.Append(header.Select(h => Cell(h, bold: true)));
        table.Append(head);
        foreach (var a in diary.Activities)
        {
            table.Append(new TableRow(
                Cell(Dates.DayAndTime(a.StartsAt)), TitleCell(a.Title, a.Topic), Cell(L["Activities.Format." + a.Format]), Cell(L["Activities.Mode." + a.Mode]),
                Cell(DiaryTexts.Host(a, diary)), Cell(DiaryTexts.Participants(a, diary, L))));
        }
        return table;
    }

    private static TableCell Cell(string text, bool bold = false) => new(new Paragraph(Run(text, bold)));

    /// <summary>The title, and under it what the activity was about.</summary>
    private static TableCell TitleCell(string title, string? topic)
    {
        var cell = Cell(title);
        if (topic is not null)
        {
            var run = Run(topic);
            run.PrependChild(new RunProperties(new Italic()));
            cell.Append(new Paragraph(run));
        }
        return cell;
    }

    private static Paragraph Heading(string style, string text) => new(new ParagraphProperties(new ParagraphStyleId { Val = style }), Run(text));

    private static Paragraph Text(string text) => new(Run(text));

    private static Paragraph Labelled(string label, string text) => new(Run(label + ": ", bold: true), Run(text));

    private static Run Run(string text, bool bold = false)
    {
        var run = new Run();
        if (bold)
        {
            run.Append(new RunProperties(new Bold()));
        }
        // Line breaks in what people typed become Word line breaks.
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }
            run.Append(new Text(Clean(lines[i])) { Space = SpaceProcessingModeValues.Preserve });
        }
        return run;
    }

    /// <summary>XML 1.0 cannot hold control characters; they are dropped rather than breaking the document.</summary>
    private static string Clean(string text) => new([.. text.Where(c => (c == '\t' || c >= ' ') && c != '\uFFFE' && c != '\uFFFF')]);

    private static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new DocDefaults(new RunPropertiesDefault(new RunPropertiesBaseStyle(new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri" }, new FontSize { Val = "22" }))),
            new Style(new StyleName { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            HeadingStyle("Title", "Title", "40", 0),
            HeadingStyle("Heading1", "heading 1", "32", 0),
            HeadingStyle("Heading2", "heading 2", "26", 1),
            HeadingStyle("Heading3", "heading 3", "23", 2));
        styles.Styles.Save();
    }

    private static Style HeadingStyle(string id, string name, string size, int level) =>
        new(new StyleName { Val = name }, new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" },
            new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "120" }, new OutlineLevel { Val = level }),
            new StyleRunProperties(new Bold(), new FontSize { Val = size }))
        { Type = StyleValues.Paragraph, StyleId = id };
}
