using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json;

namespace MentorHub.Web.Platform.Web;

/// <summary>
/// Checks every request body against its DataAnnotations before the handler runs and answers
/// 400 with a validation problem whose keys are the JSON (camelCase) field names. Text anywhere in
/// the arguments (body, route, query) must not hold a NUL character: PostgreSQL cannot store or
/// compare one, and SQLite would keep it, so both databases refuse it alike, here.
/// </summary>
internal static class RequestValidationFilter
{
    private static readonly ConcurrentDictionary<Type, bool> Validatable = new();

    public static TBuilder WithRequestValidation<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilterFactory((factory, next) =>
        {
            var parameters = factory.MethodInfo.GetParameters();
            var positions = parameters
                .Select((p, i) => (p.ParameterType, i))
                .Where(x => HasRules(x.ParameterType))
                .Select(x => x.i)
                .ToArray();
            // Services (handlers, the DbContext) are arguments too; only what the request carries is walked.
            var services = factory.ApplicationServices.GetService<IServiceProviderIsService>();
            var texts = parameters
                .Select((p, i) => (p, i))
                .Where(x => x.p.ParameterType == typeof(string) || (IsInput(x.p.ParameterType) && services?.IsService(x.p.ParameterType) != true))
                .Select(x => (x.i, Prefix: x.p.ParameterType == typeof(string) ? x.p.Name! : ""))
                .ToArray();
            if (positions.Length == 0 && texts.Length == 0)
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
                foreach (var (i, prefix) in texts)
                {
                    CollectNul(context.Arguments[i], prefix, errors, 0);
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

    private const string NulMessage = "must not contain NUL characters (\\u0000).";

    /// <summary>Reports every text inside <paramref name="value"/> that holds a NUL character, keyed by its JSON path.</summary>
    private static void CollectNul(object? value, string path, Dictionary<string, string[]> errors, int depth)
    {
        if (value is null || depth > 10)
        {
            return;
        }
        if (value is string text)
        {
            if (text.Contains('\0', StringComparison.Ordinal))
            {
                errors[path.Length == 0 ? "body" : path] = [NulMessage];
            }
            return;
        }
        var type = value.GetType();
        if (value is System.Collections.IDictionary dictionary)
        {
            foreach (System.Collections.DictionaryEntry entry in dictionary)
            {
                var key = entry.Key.ToString() ?? "";
                var at = path.Length == 0 ? key : $"{path}.{key}";
                if (key.Contains('\0', StringComparison.Ordinal))
                {
                    errors[path.Length == 0 ? "body" : path] = [NulMessage];
                }
                CollectNul(entry.Value, at, errors, depth + 1);
            }
            return;
        }
        if (value is System.Collections.IEnumerable items)
        {
            var k = 0;
            foreach (var item in items)
            {
                CollectNul(item, $"{path}[{k++}]", errors, depth + 1);
            }
            return;
        }
        if (!IsInput(type))
        {
            return;
        }
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            CollectNul(property.GetValue(value), path.Length == 0 ? name : $"{path}.{name}", errors, depth + 1);
        }
    }

    /// <summary>A request type of the app's own (records and classes of MentorHub), whose properties are walked for text.</summary>
    private static bool IsInput(Type type) =>
        type.IsClass && type != typeof(string) && type.Namespace?.StartsWith("MentorHub", StringComparison.Ordinal) == true;

    private static bool HasRules(Type type) => Validatable.GetOrAdd(type, t =>
        t.IsClass && t != typeof(string) && t.Namespace?.StartsWith("MentorHub", StringComparison.Ordinal) == true
        && t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Any(p => p.GetCustomAttributes<ValidationAttribute>(true).Any()));
}
