using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace MentorHub.BrowserTests;

/// <summary>
/// The real application on a loopback port over a fresh SQLite database with the demo programme,
/// and Debian's Chromium driven by Playwright.
/// A test class that needs to hold back or replace one of the app's services derives its own fixture
/// and overrides <see cref="ConfigureServices"/>.
/// </summary>
public class BrowserFixture : IAsyncLifetime
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "mentorhub-browser", Guid.NewGuid().ToString("N"));
    private WebApplicationFactory<Program>? factory;
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = default!;
    public string BaseUrl { get; private set; } = "";
    public string MailFolder => Path.Combine(folder, "mail");
    public static string ScreenshotFolder { get; } = Path.Combine(RepositoryRoot(), "artifacts", "screenshots");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(folder);
        Directory.CreateDirectory(ScreenshotFolder);
        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Testing");
            // Serves wwwroot and the libraries from the project folder, as `dotnet run` does.
            b.UseStaticWebAssets();
            b.UseSetting("Database:Provider", "Sqlite");
            b.UseSetting("ConnectionStrings:Sqlite", $"Data Source={Path.Combine(folder, "browser.db")}");
            b.UseSetting("Demo:Enabled", "true");
            // appsettings.json names port 5080; each fixture takes a free loopback port instead.
            b.UseSetting("urls", "http://127.0.0.1:0");
            b.UseSetting("Mail:PickupFolder", MailFolder);
            b.ConfigureTestServices(ConfigureServices);
        });
        factory.UseKestrel(0);
        factory.StartServer();
        var addresses = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');

        playwright = await Playwright.CreateAsync();
        Assertions.SetDefaultExpectTimeout(15_000);
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("MENTORHUB_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
            ],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }
        playwright?.Dispose();
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }
    }

    /// <summary>Changes the app's services for the tests of a derived fixture; nothing by default.</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "en-GB",
        });
        var page = await context.NewPageAsync();
        // Generous: the machine may be shared with other work while the suite runs.
        page.SetDefaultTimeout(30_000);
        page.SetDefaultNavigationTimeout(30_000);
        return page;
    }

    public static async Task ScreenshotAsync(IPage page, string name) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });

    /// <summary>Runs axe on the page and fails on any serious or critical violation, naming them.</summary>
    public static async Task AssertAccessibleAsync(IPage page)
    {
        var result = await page.RunAxe();
        var bad = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(bad.Count == 0, $"{page.Url}: " + string.Join("; ", bad.Select(Describe)));
    }

    private static string Describe(AxeResultItem v) =>
        $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}";

    public async Task SignInAsync(IPage page, string email)
    {
        // On a busy machine the first sign-in of a fixture has twice (in dozens of runs) stayed on the
        // sign-in page. The stalled page is saved as a screenshot and one more attempt is made, so a
        // second failure still fails the test with what the page said.
        for (var attempt = 1; ; attempt++)
        {
            await page.GotoAsync("/account/login");
            await page.GetByLabel("E-mail").FillAsync(email);
            await page.GetByLabel("Password").FillAsync("mentorhub-demo");
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            try
            {
                await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal), new() { Timeout = 20_000 });
                return;
            }
            catch (TimeoutException) when (attempt < 2)
            {
                await ScreenshotAsync(page, $"sign-in-stalled-{email.Split('@')[0]}");
                Console.WriteLine($"Sign-in as {email} stalled on {page.Url}: {await page.Locator("main").InnerTextAsync()}");
            }
            catch (TimeoutException)
            {
                var text = await page.Locator("main").InnerTextAsync();
                throw new TimeoutException($"Sign-in as {email} did not leave {page.Url}; the page says: {text}");
            }
        }
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "MentorHub.slnx")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? Directory.GetCurrentDirectory();
    }
}
