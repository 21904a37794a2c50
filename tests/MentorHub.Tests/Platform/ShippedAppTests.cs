using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace MentorHub.Tests.Platform;

/// <summary>
/// The app started as the README says, as its own process in Production from another folder, over a
/// fresh SQLite file: from the build folder and from `dotnet publish` output. Each style sheet and
/// script a page links to, and every one in wwwroot, reaches a browser that accepts gzip and Brotli
/// whole and unchanged.
/// </summary>
public sealed class ShippedAppTests
{
    private static readonly string Root = RepositoryRoot();
    private static readonly string WebProject = Path.Combine(Root, "src", "MentorHub.Web");

    [Theory]
    [InlineData("build")]
    [InlineData("publish")]
    public async Task The_app_in_production_sends_whole_styles_and_scripts_to_browsers_that_accept_compression(string started)
    {
        var folder = Path.Combine(Path.GetTempPath(), "mentorhub-shipped", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var dll = started == "build" ? BuildOutput() : await PublishAsync(Path.Combine(folder, "publish"));
            var port = FreePort();
            using var app = Start(dll, folder, port);
            using var client = new HttpClient(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None, AllowAutoRedirect = false })
            {
                BaseAddress = new Uri($"http://127.0.0.1:{port}"),
                Timeout = TimeSpan.FromSeconds(30),
            };
            await WaitUntilReadyAsync(client, app);

            var login = await client.GetStringAsync("/account/login");
            var linked = Regex.Matches(login, "(?:href|src)=\"/?([^\":]+\\.(?:css|js))\"").Select(m => m.Groups[1].Value).ToList();
            Assert.Contains(linked, a => a.StartsWith("app.", StringComparison.Ordinal));
            var wwwroot = Path.Combine(WebProject, "wwwroot");
            var files = Directory.EnumerateFiles(wwwroot, "*.*", SearchOption.AllDirectories)
                .Where(f => f.EndsWith(".css", StringComparison.Ordinal) || f.EndsWith(".js", StringComparison.Ordinal))
                .Select(f => Path.GetRelativePath(wwwroot, f).Replace('\\', '/'))
                .ToList();
            Assert.Contains("app.css", files);

            var failures = new List<string>();
            foreach (var path in linked.Concat(files).Distinct())
            {
                // A fingerprinted link (app.abc123.css) is the same file as its plain name.
                var source = Path.Combine(wwwroot, files.Contains(path) ? path : Regex.Replace(path, "\\.[a-z0-9]{10}\\.(css|js)$", ".$1"));
                var expected = await File.ReadAllBytesAsync(source);
                using var request = new HttpRequestMessage(HttpMethod.Get, "/" + path);
                request.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip, br");
                using var response = await client.SendAsync(request);
                var encoding = response.Content.Headers.ContentEncoding.SingleOrDefault();
                var body = Decode(await response.Content.ReadAsByteArrayAsync(), encoding);
                if (response.StatusCode != HttpStatusCode.OK || encoding is not ("gzip" or "br") || !body.AsSpan().SequenceEqual(expected))
                {
                    failures.Add($"/{path}: {(int)response.StatusCode}, {encoding ?? "not compressed"}, {body.Length} bytes once decoded (the file has {expected.Length})");
                }
            }
            Assert.True(failures.Count == 0, $"Started from the {started} output:\n" + string.Join("\n", failures));
        }
        finally
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // Left to the temp folder's cleanup.
            }
        }
    }

    private static byte[] Decode(byte[] body, string? encoding)
    {
        Stream? decoder = encoding switch
        {
            "gzip" => new GZipStream(new MemoryStream(body), CompressionMode.Decompress),
            "br" => new BrotliStream(new MemoryStream(body), CompressionMode.Decompress),
            _ => null,
        };
        if (decoder is null)
        {
            return body;
        }
        using (decoder)
        {
            using var plain = new MemoryStream();
            decoder.CopyTo(plain);
            return plain.ToArray();
        }
    }

    /// <summary>The web project's build folder of the configuration these tests were built with (test.sh builds the solution first).</summary>
    private static string BuildOutput()
    {
        var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var dll = Path.Combine(WebProject, "bin", framework.Parent!.Name, framework.Name, "MentorHub.Web.dll");
        Assert.True(File.Exists(dll), $"{dll} is missing: build the solution first.");
        return dll;
    }

    private static async Task<string> PublishAsync(string output)
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var publish = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { "publish", Path.Combine(WebProject, "MentorHub.Web.csproj"), "--no-build", "-c", configuration, "-o", output, "-v", "q", "-nologo" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(publish)!;
        var log = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        Assert.True(process.ExitCode == 0, $"dotnet publish failed: {await log}{await errors}");
        return Path.Combine(output, "MentorHub.Web.dll");
    }

    /// <summary>Started from an empty folder, as production with its own database and mail folder.</summary>
    private static RunningApp Start(string dll, string folder, int port)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { dll, "--urls", $"http://127.0.0.1:{port}" },
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Database__Provider"] = "Sqlite";
        start.Environment["ConnectionStrings__Sqlite"] = $"Data Source={Path.Combine(folder, "shipped.db")}";
        start.Environment["Mail__PickupFolder"] = Path.Combine(folder, "mail");
        return new RunningApp(Process.Start(start)!);
    }

    private static async Task WaitUntilReadyAsync(HttpClient client, RunningApp app)
    {
        var until = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < until)
        {
            Assert.False(app.Process.HasExited, "The app stopped while starting:\n" + app.Output());
            try
            {
                if ((await client.GetAsync("/health")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(250);
        }
        throw new TimeoutException("The app did not answer /health within 90 s:\n" + app.Output());
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "MentorHub.slnx")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("The repository root (MentorHub.slnx) is not above the tests.");
    }

    /// <summary>The app's process, with what it wrote; stopped when the test ends.</summary>
    private sealed class RunningApp : IDisposable
    {
        private readonly System.Text.StringBuilder output = new();

        public RunningApp(Process process)
        {
            Process = process;
            process.OutputDataReceived += (_, e) => Append(e.Data);
            process.ErrorDataReceived += (_, e) => Append(e.Data);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
        }

        public Process Process { get; }

        public string Output()
        {
            lock (output)
            {
                return output.ToString();
            }
        }

        public void Dispose()
        {
            if (!Process.HasExited)
            {
                Process.Kill(entireProcessTree: true);
                Process.WaitForExit(10_000);
            }
            Process.Dispose();
        }

        private void Append(string? line)
        {
            lock (output)
            {
                output.AppendLine(line);
            }
        }
    }
}
