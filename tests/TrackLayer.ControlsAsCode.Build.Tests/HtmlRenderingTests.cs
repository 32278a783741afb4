using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using TrackLayer.ControlsAsCode.Build.Tests.Infrastructure;

namespace TrackLayer.ControlsAsCode.Build.Tests;

/// <summary>The HTML documents as a browser renders them: headless Chromium, no network, the DOM after parsing.</summary>
public sealed class HtmlRenderingTests : IDisposable
{
    private readonly TaskRunner _run = new();

    public void Dispose() => _run.Dispose();

    private void Generate(string source, string name)
    {
        var task = _run.Task(TestAssembly.Compile(_run.Temp.Path, source, assemblyName: name));
        task.UndecidedControls = "off";
        Assert.True(task.Execute());
    }

    [ChromiumFact]
    public void The_soa_renders_93_control_rows_and_the_certification_status()
    {
        Generate(Samples.App, "Sample.App");

        var dom = Chromium.DumpDom(Path.Combine(_run.Output, "StatementOfApplicability.html"));

        Assert.Equal(93, Regex.Matches(dom, "<tr class=\"control\">").Count);
        var status = Regex.Match(dom, "<dd id=\"certification-status\">([^<]*)</dd>");
        Assert.True(status.Success, dom.Length > 2000 ? dom.Substring(0, 2000) : dom);
        Assert.Equal("ISO/IEC 27001 certification in progress as of 2026-04-24, target certification window Q4 2026. Not yet certified.", status.Groups[1].Value);
        Assert.Contains("<h1>Statement of Applicability</h1>", dom);
        Assert.Contains("<td class=\"applicable-undecided\">Undecided</td>", dom);
    }

    [ChromiumFact]
    public void Declared_markup_stays_text_in_the_rendered_dom()
    {
        Generate(Samples.Hostile, "Hostile");

        var dom = Chromium.DumpDom(Path.Combine(_run.Output, "StatementOfApplicability.html"));

        Assert.DoesNotContain("<script", dom, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", dom, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert('scope')&lt;/script&gt; | scope", dom);
        Assert.Equal(93, Regex.Matches(dom, "<tr class=\"control\">").Count);
    }
}
