using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json;

namespace MentorHub.Web.Platform.Web;

/// <summary>
/// Checks every request body against its DataAnnotations before the handler runs and answers
/// 400 with a validation problem whose keys are the JSON (camelCase) field names.
/// </summary>
internal static class RequestValidationFilter
{
    private static readonly ConcurrentDictionary<Type, bool> Validatable = new();

    public static TBuilder WithRequestValidation<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilterFactory((factory, next) =>
        {
            var positions = factory.MethodInfo.GetParameters()
                .Select((p, i) => (p.ParameterType, i))
                .Where(x => HasRules(x.ParameterType))
                .Select(x => x.i)
                .ToArray();
            if (positions.Length == 0)
            {
                return next;
            }
            return async context =>
            {
                var errors = new Dictionary<string, string[]>();
                foreach (var i in positions)
                {
                    if (context.Arguments[i] is { } argument)
                    {
                        Collect(argument, context.HttpContext.RequestServices, errors);
                    }
                }
                return errors.Count > 0
                    ? TypedResults.ValidationProblem(errors, title: "The request has invalid fields.")
                    : await next(context);
            };
        });

    public static void Collect(object argument, IServiceProvider services, Dictionary<string, string[]> errors)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(argument, new ValidationContext(argument, services, null), results, validateAllProperties: true);
        foreach (var result in results)
        {
            foreach (var member in result.MemberNames.DefaultIfEmpty(""))
            {
                var key = JsonNamingPolicy.CamelCase.ConvertName(member);
                var message = result.ErrorMessage ?? "is invalid.";
                errors[key] = errors.TryGetValue(key, out var existing) ? [.. existing, message] : [message];
            }
        }
    }

    private static bool HasRules(Type type) => Validatable.GetOrAdd(type, t =>
        t.IsClass && t != typeof(string) && t.Namespace?.StartsWith("MentorHub", StringComparison.Ordinal) == true
        && t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Any(p => p.GetCustomAttributes<ValidationAttribute>(true).Any()));
}
