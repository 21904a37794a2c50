using MentorHub.Web.Modules.Activities.Domain;
using MentorHub.Web.Platform.Errors;

namespace MentorHub.Tests.Modules.Activities.Domain;

/// <summary>A school's reflection: four parts of which at least one says something, each within the limit, and the mentor school's comment.</summary>
public sealed class ReflectionTests
{
    private static readonly DateTime Monday = new(2026, 10, 5, 14, 0, 0, DateTimeKind.Utc);

    private static Reflection New() => new() { ClusterId = Guid.NewGuid(), SchoolId = "PT-200", ActivityId = Guid.NewGuid() };

    [Fact]
    public void Writing_keeps_the_four_parts_trimmed_with_who_and_when()
    {
        var reflection = New();
        var who = Guid.NewGuid();
        reflection.Write("  Built robots \n", null, " ", "Borrow kits", who, Monday);
        Assert.Equal(("Built robots", "", "", "Borrow kits"), (reflection.Did, reflection.Learned, reflection.Hard, reflection.Next));
        Assert.Equal((who, Monday), (reflection.WrittenBy, reflection.WrittenAt));
    }

    [Fact]
    public void Writing_again_replaces_every_part_and_keeps_the_mentor_comment()
    {
        var reflection = New();
        reflection.Write("Did", "Learned", "Hard", "Next", null, Monday);
        reflection.Comment("Well done", null, Monday.AddHours(1));
        reflection.Write(null, "Only this", null, null, null, Monday.AddDays(1));
        Assert.Equal(("", "Only this", "", ""), (reflection.Did, reflection.Learned, reflection.Hard, reflection.Next));
        Assert.Equal(Monday.AddDays(1), reflection.WrittenAt);
        Assert.Equal("Well done", reflection.MentorComment);
    }

    [Theory]
    [InlineData(null, null, null, null)]
    [InlineData("", "", "", "")]
    [InlineData(" ", "\n", "\t", "  \r\n ")]
    public void A_reflection_says_something(string? did, string? learned, string? hard, string? next)
    {
        var reflection = New();
        reflection.Write("Before", null, null, null, null, Monday);
        var error = Assert.Throws<InputException>(() => reflection.Write(did, learned, hard, next, null, Monday.AddDays(1)));
        Assert.Equal("Activities.Error.ReflectionEmpty", Assert.Single(error.FieldTexts!["did"]).Key);
        Assert.Equal("Before", reflection.Did);
        Assert.Equal(Monday, reflection.WrittenAt);
    }

    [Theory]
    [InlineData(0, "did")]
    [InlineData(1, "learned")]
    [InlineData(2, "hard")]
    [InlineData(3, "next")]
    public void Each_part_has_at_most_4000_characters(int part, string field)
    {
        var texts = new string?[] { "a", "b", "c", "d" };
        texts[part] = " " + new string('x', Reflection.TextMaxLength) + " ";
        var reflection = New();
        reflection.Write(texts[0], texts[1], texts[2], texts[3], null, Monday);
        texts[part] = new string('x', Reflection.TextMaxLength + 1);
        var error = Assert.Throws<InputException>(() => reflection.Write(texts[0], texts[1], texts[2], texts[3], null, Monday));
        Assert.Equal([field], error.FieldTexts!.Keys);
        Assert.Equal("Activities.Error.ReflectionTooLong", Assert.Single(error.FieldTexts[field]).Key);
    }

    [Fact]
    public void The_mentor_comment_is_trimmed_and_an_empty_one_removes_it()
    {
        var reflection = New();
        var mentor = Guid.NewGuid();
        reflection.Comment("  Ask the municipality  ", mentor, Monday);
        Assert.Equal(("Ask the municipality", mentor, (DateTime?)Monday), (reflection.MentorComment, reflection.CommentedBy, reflection.CommentedAt));
        reflection.Comment("   ", mentor, Monday.AddDays(1));
        Assert.Null(reflection.MentorComment);
        Assert.Null(reflection.CommentedAt);
        reflection.Comment(null, mentor, Monday.AddDays(2));
        Assert.Null(reflection.MentorComment);
    }

    [Fact]
    public void A_comment_has_at_most_4000_characters()
    {
        var reflection = New();
        reflection.Comment(new string('c', Reflection.TextMaxLength), null, Monday);
        var error = Assert.Throws<InputException>(() => reflection.Comment(new string('c', Reflection.TextMaxLength + 1), null, Monday.AddDays(1)));
        Assert.Equal("Activities.Error.ReflectionTooLong", Assert.Single(error.FieldTexts!["text"]).Key);
        Assert.Equal(Reflection.TextMaxLength, reflection.MentorComment!.Length);
        Assert.Equal(Monday, reflection.CommentedAt);
    }
}
