using MentorHub.Tests.Infrastructure;
using MentorHub.Web.Platform.Errors;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace MentorHub.Tests.Platform;

public sealed class ProblemMappingTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Unavailable_is_a_503_problem_that_says_when_to_try_again()
    {
        using var scope = app.Factory.Services.CreateScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        context.Response.Body = new MemoryStream();
        var handler = scope.ServiceProvider.GetServices<IExceptionHandler>().Single();

        Assert.True(await handler.TryHandleAsync(context, new UnavailableException("Busy restarting."), CancellationToken.None));

        Assert.Equal(StatusCodes.Status503ServiceUnavailable, context.Response.StatusCode);
        Assert.Equal("5", context.Response.Headers.RetryAfter.ToString());
        context.Response.Body.Position = 0;
        Assert.Contains("Busy restarting.", await new StreamReader(context.Response.Body).ReadToEndAsync());
    }
}
