using System;
using System.Linq;
using System.Text.Json;
using TrackLayer.ControlsAsCode.Build.Tests.Infrastructure;
using TrackLayer.ControlsAsCode.Build.Writing;

namespace TrackLayer.ControlsAsCode.Build.Tests;

/// <summary>
/// Declared strings with &lt;script&gt;, '|', new lines and leading '= + - @' end up as text in every format: no markup
/// injected in HTML, no broken table in Markdown, no formula in a spreadsheet, the exact string in JSON.
/// </summary>
public sealed class EscapingTests : IDisposable
{
    private readonly TaskRunner _run = new();

    public EscapingTests()
    {
        var assembly = TestAssembly.Compile(_run.Temp.Path, Samples.Hostile, assemblyName: "Hostile");
        var task = _run.Task(assembly);
        task.UndecidedControls = "off";
        Assert.True(task.Execute(), string.Join("\n", _run.Engine.Errors.Select(e => e.Message)));
    }

    public void Dispose() => _run.Dispose();

    [Theory]
    [InlineData("StatementOfApplicability.html")]
    [InlineData("DestinationInventory.html")]
    [InlineData("DataClassificationRegister.html")]
    [InlineData("RetentionRegister.html")]
    public void Html_has_no_markup_from_declarations(string file)
    {
        var html = _run.Read(file);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.Contains("<dd id=\"isms-scope\">&lt;script&gt;alert(&#39;scope&#39;)&lt;/script&gt; | scope</dd>", html);
        Assert.Contains("<dd id=\"organization\">=HYPERLINK(&quot;http://evil.example&quot;,&quot;x&quot;)</dd>", html);
        Assert.Contains("target certification window Q4 &lt;b&gt;2026&lt;/b&gt;", html);
        Assert.Contains("default-src 'none'", html);
        Assert.DoesNotContain("http://", html.Replace("http://evil.example", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Html_cells_keep_line_breaks_as_br_and_escape_everything_else()
    {
        var html = _run.Read("StatementOfApplicability.html");
        Assert.Contains("<td>line one<br>line two | &lt;img src=x onerror=alert(1)&gt;</td>", html);
        Assert.Contains("<td>x&lt;script&gt;y</td>", _run.Read("DestinationInventory.html"));
        Assert.Contains("<td>Team<br>Two</td>", _run.Read("DestinationInventory.html"));
    }

    [Fact]
    public void Markdown_cells_escape_pipes_newlines_and_markup_and_keep_the_column_count()
    {
        var md = _run.Read("StatementOfApplicability.md");
        var row = md.Split('\n').Single(l => l.StartsWith("| 8.24 |", StringComparison.Ordinal));

        Assert.Contains("| line one<br>line two \\| &lt;img src=x onerror=alert(1)&gt; |", row);
        Assert.Equal(16, CountUnescapedPipes(row));
        Assert.Contains("- **ISMS scope:** &lt;script&gt;alert('scope')&lt;/script&gt; \\| scope\n", md);
        Assert.DoesNotContain("<script", md, StringComparison.Ordinal);

        var inventory = _run.Read("DestinationInventory.md").Split('\n').Single(l => l.StartsWith("| x&lt;script&gt;y |", StringComparison.Ordinal));
        Assert.Contains("| Team<br>Two | a\\|b |", inventory);
        Assert.Equal(18, CountUnescapedPipes(inventory));
    }

    [Fact]
    public void Csv_neutralises_formulas_and_quotes_separators_and_line_breaks()
    {
        var soa = _run.ReadCsv("StatementOfApplicability.csv").Single(r => r[0] == "8.24");
        Assert.Equal("'-2+3", soa[8]);
        Assert.Equal("'@SUM(A1:A2)\n\tTabbed\n\rReturn\na,\"quoted\"", soa[9]);
        Assert.Equal("line one\nline two | <img src=x onerror=alert(1)>", soa[5]);

        var inventory = _run.ReadCsv("DestinationInventory.csv")[1];
        Assert.Equal("x<script>y", inventory[0]);
        Assert.Equal("'=1+1", inventory[1]);
        Assert.Equal("Team\r\nTwo", inventory[2]);
        Assert.Equal("a|b", inventory[3]);

        // No cell of any CSV starts with a formula trigger.
        foreach (var file in new[] { "StatementOfApplicability.csv", "DestinationInventory.csv", "DataClassificationRegister.csv", "RetentionRegister.csv" })
        {
            Assert.All(_run.ReadCsv(file).SelectMany(r => r), cell => Assert.False(cell.Length > 0 && "=+-@\t\r".Contains(cell[0]), file + ": " + cell));
        }
    }

    [Fact]
    public void Json_keeps_the_exact_strings()
    {
        using var json = JsonDocument.Parse(_run.Read("StatementOfApplicability.json"));
        Assert.Equal("<script>alert('scope')</script> | scope", json.RootElement.GetProperty("isms").GetProperty("scope").GetString());
        var crypto = json.RootElement.GetProperty("controls").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "8.24");
        Assert.Equal("line one\nline two | <img src=x onerror=alert(1)>", crypto.GetProperty("justification").GetString());
        Assert.Equal(new[] { "@SUM(A1:A2)", "\tTabbed", "\rReturn", "a,\"quoted\"" }, crypto.GetProperty("evidence").EnumerateArray().Select(e => e.GetString()));
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+1", "'+1")]
    [InlineData("-1", "'-1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "\"'\rx\"")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("a;b", "\"a;b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("=a,b", "\"'=a,b\"")]
    [InlineData("plain 1-2", "plain 1-2")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void CsvText_field(string? input, string expected) => Assert.Equal(expected, Rendered.Text(buffer => CsvText.Append(buffer, input)));

    [Theory]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("a & b \"c\" 'd'", "a &amp; b &quot;c&quot; &#39;d&#39;")]
    [InlineData("one\r\ntwo\nthree", "one<br>two<br>three")]
    [InlineData("bell\u0007", "bell")]
    [InlineData(null, "")]
    public void HtmlText_escape(string? input, string expected) => Assert.Equal(expected, Rendered.Text(buffer => HtmlText.Append(buffer, input)));

    private static int CountUnescapedPipes(string line)
    {
        var count = 0;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '\\') i++;
            else if (line[i] == '|') count++;
        }

        return count;
    }
}
