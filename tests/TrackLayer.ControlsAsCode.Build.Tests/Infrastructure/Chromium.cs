using System;
using System.Diagnostics;
using System.IO;
using System.Text;

namespace TrackLayer.ControlsAsCode.Build.Tests.Infrastructure;

/// <summary>Debian's headless Chromium (<c>/usr/bin/chromium</c>, installed by .ci/run), run once per page with a fresh profile.</summary>
internal static class Chromium
{
    public const string Path = "/usr/bin/chromium";

    public static bool IsInstalled => File.Exists(Path);

    /// <summary>Loads <paramref name="file"/> and returns the DOM after rendering (<c>--dump-dom</c>).</summary>
    public static string DumpDom(string file)
    {
        var profile = Directory.CreateTempSubdirectory("tlc-chromium-").FullName;
        try
        {
            var start = new ProcessStartInfo(Path)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            // The flags this machine needs: no sandbox as root, no GPU, and no background network traffic (it is refused here).
            foreach (var argument in new[]
                     {
                         "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                         "--disable-sync", "--no-first-run", "--disable-quic", "--user-data-dir=" + profile, "--dump-dom",
                         new Uri(file).AbsoluteUri,
                     })
            {
                start.ArgumentList.Add(argument);
            }

            var output = new StringBuilder();
            var errors = new StringBuilder();
            using var process = new Process { StartInfo = start };
            process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.Append(e.Data).Append('\n'); };
            process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (errors) errors.Append(e.Data).Append('\n'); };
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            if (!process.WaitForExit(120_000))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("chromium did not finish: " + errors);
            }

            process.WaitForExit();
            Assert.True(process.ExitCode == 0, "chromium exited with " + process.ExitCode + ": " + errors);
            return output.ToString();
        }
        finally
        {
            try { Directory.Delete(profile, recursive: true); } catch (IOException) { /* a profile left behind is harmless */ }
        }
    }
}

/// <summary>A fact that runs where Chromium is installed (always in CI: .ci/run installs it) and says why it skipped elsewhere.</summary>
internal sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (!Chromium.IsInstalled)
        {
            Skip = "Chromium is not installed at " + Chromium.Path + " (apt-get install chromium; .ci/run installs it in CI).";
        }
    }
}
