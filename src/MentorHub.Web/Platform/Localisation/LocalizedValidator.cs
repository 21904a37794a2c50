using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Localization;

namespace MentorHub.Web.Platform.Localisation;

/// <summary>
/// Validates an <see cref="EditForm"/>'s model with its DataAnnotations, like
/// <see cref="DataAnnotationsValidator"/>, but in the reader's language: a property's label is the
/// text key of its <see cref="DisplayAttribute"/>, an attribute's own <c>ErrorMessage</c> is used when it
/// is a known text key, and the other messages come from the <c>Validation.*</c> texts.
/// </summary>
public sealed class LocalizedValidator : ComponentBase, IDisposable
{
    private ValidationMessageStore? store;
    private EditContext? context;

    [CascadingParameter] private EditContext? CurrentEditContext { get; set; }

    [Inject] private IStringLocalizer<LocalizedValidator> L { get; set; } = default!;

    protected override void OnParametersSet()
    {
        if (CurrentEditContext is null)
        {
            throw new InvalidOperationException($"{nameof(LocalizedValidator)} must sit inside an EditForm.");
        }
        if (ReferenceEquals(CurrentEditContext, context))
        {
            return;
        }
        Detach();
        context = CurrentEditContext;
        store = new ValidationMessageStore(context);
        context.OnValidationRequested += ValidateModel;
        context.OnFieldChanged += ValidateField;
    }

    public void Dispose() => Detach();

    private void Detach()
    {
        if (context is not null)
        {
            context.OnValidationRequested -= ValidateModel;
            context.OnFieldChanged -= ValidateField;
        }
    }

    private void ValidateModel(object? sender, ValidationRequestedEventArgs e)
    {
        store!.Clear();
        var model = context!.Model;
        foreach (var property in model.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            Validate(model, property);
        }
        context.NotifyValidationStateChanged();
    }

    private void ValidateField(object? sender, FieldChangedEventArgs e)
    {
        var property = e.FieldIdentifier.Model.GetType().GetProperty(e.FieldIdentifier.FieldName);
        if (property is null)
        {
            return;
        }
        store!.Clear(e.FieldIdentifier);
        Validate(e.FieldIdentifier.Model, property);
        context!.NotifyValidationStateChanged();
    }

    private void Validate(object model, PropertyInfo property)
    {
        var value = property.GetValue(model);
        var label = property.GetCustomAttribute<DisplayAttribute>()?.Name is { } key ? L[key].Value : property.Name;
        foreach (var attribute in property.GetCustomAttributes<ValidationAttribute>())
        {
            if (attribute.IsValid(value))
            {
                continue;
            }
            store!.Add(new FieldIdentifier(model, property.Name), Message(attribute, label));
            // One message per field is enough: "required" makes "too short" redundant.
            break;
        }
    }

    internal string Message(ValidationAttribute attribute, string label)
    {
        // Some attributes report their built-in English text as ErrorMessage; only a known key counts.
        if (attribute.ErrorMessage is { } own && L[own] is { ResourceNotFound: false } text)
        {
            return string.Format(CultureInfo.CurrentCulture, text.Value, label);
        }
        return attribute switch
        {
            RequiredAttribute => L["Validation.Required", label],
            StringLengthAttribute { MinimumLength: > 0 } s => L["Validation.LengthBetween", label, s.MinimumLength, s.MaximumLength],
            StringLengthAttribute s => L["Validation.LengthAtMost", label, s.MaximumLength],
            EmailAddressAttribute => L["Validation.Email", label],
            UrlAttribute => L["Validation.Url", label],
            RangeAttribute r => L["Validation.Range", label, r.Minimum, r.Maximum],
            _ => L["Validation.Invalid", label],
        };
    }
}
