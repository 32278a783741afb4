using System.Text;

namespace TrackLayer.ControlsAsCode.CodebaseGenerator;

/// <summary>
/// Writes a realistic server-side tracking codebase: per file an event payload (personal and plain members, some with
/// serializer wire names, most personal members classified, some deliberately not) and an enrichment service; every
/// fifth file a destination that posts its payload to a declared vendor host, and every tenth file an export that posts
/// to a host no destination declares. Seeded: the same seed and size give the same bytes. Without planted violations
/// (<c>violations: false</c>) the same codebase has every personal member classified and every export going to a
/// declared host: what a team that fixed its findings builds every day.
/// </summary>
public static class CodebaseGenerator
{
    // Names the unclassified-data rule must flag, with the category to classify them with and an optional wire name.
    private static readonly (string Name, string Category, string? Wire)[] PersonalMembers =
    {
        ("Email", "Email", null),
        ("EmailAddress", "Email", null),
        ("PhoneNumber", "Phone", null),
        ("HashedEmail", "Email", "em"),
        ("HashedPhone", "Phone", "ph"),
        ("FirstName", "Name", null),
        ("LastName", "Name", null),
        ("DateOfBirth", "DateOfBirth", null),
        ("ClientIpAddress", "IpAddress", "client_ip_address"),
        ("UserAgent", "UserAgent", "client_user_agent"),
        ("BrowserId", "CookieId", "fbp"),
        ("ClickId", "ClickId", "ttclid"),
        ("CustomerId", "UserId", null),
        ("AnonymousId", "UserId", null),
        ("PostalCode", "PostalAddress", null),
        ("StreetAddress", "PostalAddress", null),
    };

    // Names it must leave alone: ordinary fields and the look-alikes the issue lists.
    private static readonly (string Name, string Type)[] PlainMembers =
    {
        ("Sku", "string"), ("Quantity", "int"), ("UnitPrice", "decimal"), ("Currency", "string"),
        ("ProductName", "string"), ("CampaignName", "string"), ("PageTitle", "string"), ("DeviceType", "string"),
        ("EventName", "string"), ("EmailVerified", "bool"), ("EmailTemplateId", "int"), ("IpRateLimit", "int"),
        ("CategoryPath", "string"), ("Revenue", "decimal"), ("Coupon", "string"), ("ContentType", "string"),
    };

    private static readonly (string Id, string Vendor, string Host, string Path)[] Vendors =
    {
        ("meta-capi", "Meta Platforms Ireland", "graph.facebook.com", "/v21.0/123/events"),
        ("ga4-mp", "Google Ireland", "region1.google-analytics.com", "/mp/collect"),
        ("tiktok-events", "TikTok Technology", "business-api.tiktok.com", "/open_api/v1.3/event/track/"),
        ("snap-capi", "Snap Inc.", "tr.snapchat.com", "/v3/conversion"),
        ("crm-webhook", "Customer CRM", "hooks.crm.example", "/tracklayer"),
    };

    private static readonly string[] UndeclaredHosts =
    {
        "api.partner-analytics.example", "collect.adnetwork.example", "ingest.data-broker.example",
    };

    public static GeneratedCodebase Generate(int files, int seed, bool violations = true)
    {
        if (files < 1) throw new ArgumentOutOfRangeException(nameof(files), files, "At least one file.");

        var random = new Random(seed);
        var sources = new List<GeneratedFile>
        {
            new("Compliance/Controls.cs", ControlsFile()),
            new("Destinations/Destinations.cs", DestinationsFile()),
        };

        int personal = 0, unclassified = 0, plain = 0, destinations = Vendors.Length, declaredCalls = 0, undeclaredCalls = 0;
        for (var i = 0; i < files; i++)
        {
            var text = new StringBuilder();
            text.AppendLine("using System.Net.Http.Json;");
            text.AppendLine("using System.Text.Json.Serialization;");
            text.AppendLine("using TrackLayer.ControlsAsCode;");
            text.AppendLine();
            text.AppendLine($"namespace Generated.Module{i / 50:D3};");
            text.AppendLine();

            // The payload.
            text.AppendLine($"public sealed class Event{i:D5}Payload");
            text.AppendLine("{");
            foreach (var member in Pick(random, PersonalMembers, random.Next(3, 7)))
            {
                personal++;
                var classify = random.NextDouble() < 0.8 || !violations; // the draw is made either way: same shape, same seed
                if (!classify) unclassified++;
                var attributes = new List<string>();
                if (classify)
                {
                    attributes.Add(member.Wire is "em" or "ph"
                        ? $"Pseudonymised(DataCategory.{member.Category}, Method = \"SHA-256\")"
                        : $"Personal(DataCategory.{member.Category})");
                }

                if (member.Wire is not null) attributes.Add($"JsonPropertyName(\"{member.Wire}\")");
                var prefix = attributes.Count == 0 ? "" : "[" + string.Join(", ", attributes) + "] ";
                text.AppendLine($"    {prefix}public string? {member.Name} {{ get; init; }}");
            }

            foreach (var member in Pick(random, PlainMembers, random.Next(4, 9)))
            {
                plain++;
                var wire = random.NextDouble() < 0.3 ? $"[JsonPropertyName(\"{Snake(member.Name)}\")] " : "";
                // Optional text is nullable, as in a payload with nullable reference types enabled: the codebase compiles
                // without a compiler warning, so a build's figures are not the logging of thousands of CS8618s.
                var type = member.Type == "string" ? "string?" : member.Type;
                text.AppendLine($"    {wire}public {type} {member.Name} {{ get; init; }}");
            }

            text.AppendLine("}");
            text.AppendLine();

            // Some ordinary logic around it, so the compilation has realistic bodies to bind.
            text.AppendLine($"public static class Event{i:D5}Enrichment");
            text.AppendLine("{");
            text.AppendLine($"    public static Event{i:D5}Payload Normalise(Event{i:D5}Payload payload, IReadOnlyList<string> tags)");
            text.AppendLine("    {");
            text.AppendLine("        var seen = new HashSet<string>(StringComparer.Ordinal);");
            text.AppendLine("        foreach (var tag in tags.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim().ToLowerInvariant()))");
            text.AppendLine("        {");
            text.AppendLine("            if (!seen.Add(tag)) continue;");
            text.AppendLine("        }");
            text.AppendLine("        return payload;");
            text.AppendLine("    }");
            text.AppendLine("}");

            if (i % 5 == 0)
            {
                var vendor = Vendors[i / 5 % Vendors.Length];
                declaredCalls++;
                text.AppendLine();
                text.AppendLine($"public sealed class Event{i:D5}Sender(HttpClient http)");
                text.AppendLine("{");
                text.AppendLine($"    public Task<HttpResponseMessage> SendAsync(Event{i:D5}Payload payload) =>");
                text.AppendLine($"        http.PostAsJsonAsync(\"https://{vendor.Host}{vendor.Path}\", payload);");
                text.AppendLine("}");
            }

            if (i % 10 == 3)
            {
                var host = violations ? UndeclaredHosts[i / 10 % UndeclaredHosts.Length] : Vendors[i / 10 % Vendors.Length].Host;
                if (violations) undeclaredCalls++;
                else declaredCalls++;
                text.AppendLine();
                text.AppendLine($"public sealed class Event{i:D5}PartnerExport(HttpClient http)");
                text.AppendLine("{");
                text.AppendLine($"    public Task<HttpResponseMessage> ExportAsync(Event{i:D5}Payload payload) =>");
                text.AppendLine($"        http.PostAsJsonAsync(\"https://{host}/v1/events\", payload);");
                text.AppendLine("}");
            }

            sources.Add(new GeneratedFile($"Events/Module{i / 50:D3}/Event{i:D5}.cs", text.ToString()));
        }

        var facts = new GeneratedFacts
        {
            Files = sources.Count,
            PayloadTypes = files,
            PersonalMembers = personal,
            UnclassifiedPersonalMembers = unclassified,
            PlainMembers = plain,
            Destinations = destinations,
            DeclaredHostCalls = declaredCalls,
            UndeclaredHostCalls = undeclaredCalls,
            DeclaringTypes = files + destinations + 1,
        };
        return new GeneratedCodebase(sources, facts);
    }

    /// <summary>Writes the sources and a project file that references the toolkit package from a folder feed.</summary>
    public static void WriteProject(string directory, GeneratedCodebase codebase, string packageSource, string packageVersion)
    {
        Directory.CreateDirectory(directory);
        foreach (var file in codebase.Files)
        {
            var path = Path.Combine(directory, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Text);
        }

        File.WriteAllText(Path.Combine(directory, "Generated.Tracking.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="TrackLayer.ControlsAsCode" Version="{packageVersion}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="toolkit" value="{Path.GetFullPath(packageSource)}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);
        // Keep the generated project out of any Directory.Build.props above it.
        File.WriteAllText(Path.Combine(directory, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(directory, "Directory.Packages.props"), "<Project />\n");
    }

    private static string ControlsFile() => """
        using TrackLayer.ControlsAsCode;

        [assembly: IsmsScope("Generated tracking platform", Organization = "Example")]
        [assembly: CertificationStatus(CertificationState.InProgress, AsOf = "2026-04-24", TargetWindow = "Q4 2026")]

        namespace Generated.Compliance;

        [ApplicableControl("8.24", InclusionReason.RiskAssessment, Owner = "Platform", Status = ImplementationStatus.Implemented, ReviewedOn = "2026-04-24")]
        [ApplicableControl("5.19", InclusionReason.ContractualRequirement, Owner = "Platform", Status = ImplementationStatus.Implemented, ReviewedOn = "2026-04-24")]
        [ExcludedControl("7.4", "Cloud hosted: no premises in scope", Owner = "Security", ReviewedOn = "2026-04-24")]
        public sealed class Controls { }
        """;

    private static string DestinationsFile()
    {
        var text = new StringBuilder();
        text.AppendLine("using TrackLayer.ControlsAsCode;");
        text.AppendLine();
        text.AppendLine("namespace Generated.Destinations;");
        foreach (var vendor in Vendors)
        {
            var type = string.Concat(vendor.Id.Split('-').Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
            text.AppendLine();
            text.AppendLine($"[Destination(\"{vendor.Id}\", Vendor = \"{vendor.Vendor}\", Owner = \"Growth\", Purpose = \"Conversion measurement\",");
            text.AppendLine($"    Retention = \"P90D\", Endpoint = \"https://{vendor.Host}\", SendsPersonalData = true, Contract = \"DPA-1\", ReviewedOn = \"2026-04-24\")]");
            text.AppendLine($"public sealed class {type}Destination : ITrackingDestination {{ }}");
        }

        return text.ToString();
    }

    private static IEnumerable<T> Pick<T>(Random random, T[] items, int count) =>
        items.OrderBy(_ => random.Next()).Take(Math.Min(count, items.Length)).ToList();

    private static string Snake(string name) =>
        string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
