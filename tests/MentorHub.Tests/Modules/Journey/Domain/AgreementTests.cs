using MentorHub.Web.Modules.Journey.Domain;
using MentorHub.Web.Platform.Errors;

namespace MentorHub.Tests.Modules.Journey.Domain;

public sealed class AgreementTests
{
    private static readonly DateTime Monday = new(2026, 10, 5, 9, 0, 0, DateTimeKind.Utc);
    private static readonly AgreementText Text = new("Ana (mentor), Rui (mentee)", "Digital assessment", "Every other Tuesday", "Ana chairs");

    [Fact]
    public void A_new_agreement_is_an_empty_draft_at_version_zero_that_nobody_can_confirm()
    {
        var agreement = Agreement.Draft(Guid.NewGuid(), Guid.NewGuid());
        Assert.Equal(0, agreement.Version);
        Assert.Equal(AgreementText.Empty, agreement.Text);
        Assert.Throws<BusinessRuleException>(() => agreement.Confirm("PT-1", null, "A", Monday));
    }

    [Fact]
    public void Every_edit_makes_a_new_version_with_who_and_when()
    {
        var agreement = Agreement.Draft(Guid.NewGuid(), Guid.NewGuid());
        var who = Guid.NewGuid();
        agreement.Edit(Text with { Goals = "  Digital assessment  " }, who, "Marta", Monday);
        Assert.Equal(1, agreement.Version);
        Assert.Equal("Digital assessment", agreement.Goals);
        Assert.Equal((who, "Marta", (DateTime?)Monday), (agreement.UpdatedById, agreement.UpdatedByName, agreement.UpdatedAt));
        agreement.Edit(Text, who, "Marta", Monday.AddDays(1));
        Assert.Equal(2, agreement.Version);
        Assert.True(agreement.IsAt(2));
        Assert.False(agreement.IsAt(1));
    }

    [Fact]
    public void An_agreement_says_something_and_within_limits()
    {
        var agreement = Agreement.Draft(Guid.NewGuid(), Guid.NewGuid());
        Assert.Throws<BusinessRuleException>(() => agreement.Edit(new AgreementText(" ", "", "\n", ""), null, "A", Monday));
        Assert.Throws<BusinessRuleException>(() => agreement.Edit(Text with { MeetingRhythm = new string('x', 501) }, null, "A", Monday));
        Assert.Throws<BusinessRuleException>(() => agreement.Edit(Text with { Goals = new string('x', 4001) }, null, "A", Monday));
        Assert.Equal(0, agreement.Version);
    }

    [Fact]
    public void Each_school_confirms_the_current_version_once_and_confirming_again_changes_nothing()
    {
        var agreement = Agreement.Draft(Guid.NewGuid(), Guid.NewGuid());
        agreement.Edit(Text, null, "Marta", Monday);
        var first = agreement.Confirm("PT-1", Guid.NewGuid(), "Miguel", Monday.AddHours(1));
        Assert.NotNull(first);
        Assert.Equal((1, "PT-1", "Miguel"), (first.Version, first.SchoolId, first.ByName));
        Assert.Null(agreement.Confirm("PT-1", Guid.NewGuid(), "Other", Monday.AddHours(2)));
        Assert.NotNull(agreement.Confirm("PT-2", null, "Rui", Monday.AddHours(2)));
        Assert.Equal(2, agreement.Confirmations.Count);
        Assert.Equal(1, agreement.Version);
    }

    [Fact]
    public void Editing_after_confirmations_clears_them_and_remembers_how_many_and_when()
    {
        var agreement = Agreement.Draft(Guid.NewGuid(), Guid.NewGuid());
        agreement.Edit(Text, null, "Marta", Monday);
        agreement.Confirm("PT-1", null, "Miguel", Monday);
        agreement.Confirm("PT-2", null, "Rui", Monday);
        agreement.Edit(Text with { Roles = "Rui chairs" }, null, "Marta", Monday.AddDays(3));
        Assert.Empty(agreement.Confirmations);
        Assert.Equal(2, agreement.ClearedConfirmations);
        Assert.Equal(Monday.AddDays(3), agreement.ClearedAt);
        Assert.Equal(2, agreement.Confirm("PT-1", null, "Miguel", Monday.AddDays(4))!.Version);
    }

    [Fact]
    public void Editing_without_confirmations_clears_nothing()
    {
        var agreement = Agreement.Draft(Guid.NewGuid(), Guid.NewGuid());
        agreement.Edit(Text, null, "Marta", Monday);
        agreement.Edit(Text with { Goals = "More" }, null, "Marta", Monday.AddDays(1));
        Assert.Equal(0, agreement.ClearedConfirmations);
        Assert.Null(agreement.ClearedAt);
    }
}
