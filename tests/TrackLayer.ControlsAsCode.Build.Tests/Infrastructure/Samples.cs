namespace TrackLayer.ControlsAsCode.Build.Tests.Infrastructure;

/// <summary>Sources of the test assemblies: what a real tracking app declares, written the way users write it.</summary>
internal static class Samples
{
    public const string App = """
        using System.Text.Json.Serialization;
        using TrackLayer.ControlsAsCode;

        [assembly: System.Reflection.AssemblyInformationalVersion("2.3.1+4f1c9e2ab")]
        [assembly: IsmsScope("Server-side tracking pipeline", Organization = "TrackLayer GmbH", Owner = "CISO")]
        [assembly: CertificationStatus(CertificationState.InProgress, AsOf = "2026-04-24", TargetWindow = "Q4 2026")]
        [assembly: ExcludedControl("7.4", "Fully cloud-hosted: no premises are in scope", Owner = "CISO", ReviewedOn = "2026-04-01")]
        [assembly: ApplicableControl("5.1", InclusionReason.BestPractice, Owner = "CISO", Status = ImplementationStatus.Planned)]
        [assembly: Destination("warehouse", Vendor = "Internal", Owner = "Data team", Purpose = "Analytics", Retention = "P2Y")]

        namespace Sample
        {
            [ApplicableControl("8.24", InclusionReason.RiskAssessment | InclusionReason.LegalRequirement,
                Justification = "Identifiers leave the pipeline | hashed", Owner = "Platform team",
                Status = ImplementationStatus.Implemented, Evidence = new[] { "docs/hashing.md", "SEC-42" }, ReviewedOn = "2026-04-24")]
            [ApplicableControl("A.12.4.1", InclusionReason.ContractualRequirement, Status = ImplementationStatus.PartiallyImplemented, Owner = "SRE")]
            [ExcludedControl("A.99.1", "Not a real id")]
            public sealed class SecurityControls { }

            [ImplementsControl("8.24", Note = "SHA-256 of normalised identifiers")]
            public static class IdentifierHasher
            {
                [ImplementsControl("8.24")]
                public static string Hash(string value) => value;

                [ImplementsControl("8.15", Note = "salt rotation log")]
                public static int SaltVersion;
            }

            public sealed class AuditLog
            {
                [ImplementsControl("8.15")]
                public AuditLog() { }

                [ImplementsControl("8.15", Note = "append-only")]
                public string Path { get; } = "";
            }

            [Destination("meta-capi", Vendor = "Meta Platforms", Owner = "Growth team", Purpose = "Conversion measurement",
                EventTypes = new[] { "Purchase", "Lead" }, SendsPersonalData = true, ConsentSensitive = true, ConsentCategory = "marketing",
                Retention = "P90D", Endpoint = "https://graph.facebook.com", Region = "US", Contract = "DPA-2025-07",
                ReviewedOn = "2026-04-24", Profile = VendorProfile.MetaConversionsApi)]
            public sealed class MetaConversionsDestination : ITrackingDestination { }

            public sealed class PurchaseEvent
            {
                [Personal(DataCategory.Email)]
                [JsonPropertyName("em")]
                public string Email { get; init; } = "";

                [Pseudonymised(DataCategory.Phone, Method = "SHA-256")]
                public string HashedPhone { get; init; } = "";

                [SpecialCategory(SpecialCategoryKind.Health)]
                public string? Condition;

                [Credential]
                public string ApiKey = "";

                [NonPersonal]
                public string DeviceType { get; init; } = "";

                [field: Personal(DataCategory.IpAddress)]
                public string ClientIp { get; init; } = "";

                public string Currency { get; init; } = "";

                public PurchaseEvent() { }

                public PurchaseEvent([Personal(DataCategory.UserId)] string externalId) { }
            }

            public sealed record Visitor([Personal(DataCategory.CookieId)] string Fbp, [property: Personal(DataCategory.ClickId)] string Fbc);

            public sealed class Envelope<TPayload>
            {
                public sealed class Header
                {
                    [Personal(DataCategory.UserAgent)]
                    public string UserAgent { get; init; } = "";
                }
            }
        }
        """;

    /// <summary>A library referenced by the app: its own controls and code, no ISMS scope.</summary>
    public const string Library = """
        using TrackLayer.ControlsAsCode;

        namespace Sample.Shared
        {
            [ApplicableControl("8.16", InclusionReason.RiskAssessment, Owner = "SRE", Status = ImplementationStatus.Implemented)]
            public sealed class Monitoring
            {
                [ImplementsControl("8.16", Note = "alerts on egress spikes")]
                public void Watch() { }
            }
        }
        """;

    /// <summary>A referenced library that uses nothing of ours.</summary>
    public const string Plain = """
        namespace Sample.Plain
        {
            public static class Numbers { public static int Two => 2; }
        }
        """;

    /// <summary>Declarations the build-time checks flag (and some they must not), and destinations with payload types.</summary>
    public const string Checks = """
        using TrackLayer.ControlsAsCode;

        [assembly: ApplicableControl("5.1", InclusionReason.BestPractice, Owner = "CISO", Status = ImplementationStatus.Implemented,
            ReviewedOn = "2024-01-10",
            Evidence = new[] { "docs/policy.md", "docs/missing.md", "https://wiki.example/policy", "SEC-1", "Annual penetration test report", "docs/policy.md#scope", "/etc/absolute.md" })]

        namespace Checks
        {
            [ExcludedControl("7.4", "No premises", Owner = "CISO", ReviewedOn = "2025-06-01")]
            public sealed class Physical { }

            [Destination("crm", Vendor = "Acme CRM", Owner = "Sales", Purpose = "Leads", Retention = "P30D", Endpoint = "http://crm.example/hook",
                ReviewedOn = "2023-02-01")]
            public sealed class CrmDestination : ITrackingDestination
            {
                [Credential]
                public string ApiKey { get; init; } = "";

                public void Send(Lead lead) { }
            }

            [Destination("declared-only", Owner = "Growth", Purpose = "Ads", SendsPersonalData = true, Retention = "not a duration", ReviewedOn = "2026-04-01")]
            public sealed class DeclaredOnlyDestination : ITrackingDestination { }

            [Destination("analytics", Owner = "Product", Purpose = "Funnels", Contract = "DPA-7", Retention = "P14M", Endpoint = "https://analytics.example",
                Region = "EU", ReviewedOn = "2026-04-01")]
            public sealed class AnalyticsDestination : ITrackingDestination
            {
                public Batch<PageView>? Build() => null;
            }

            public sealed class Lead
            {
                [Personal(DataCategory.Email)]
                public string Email { get; init; } = "";

                [Pseudonymised(DataCategory.Phone, Method = "SHA-256")]
                public string Phone { get; init; } = "";

                [Credential]
                public string Token { get; init; } = "";

                public Visit? Visit { get; init; }
            }

            public sealed class Visit
            {
                [Personal(DataCategory.IpAddress)]
                public string Ip { get; init; } = "";
            }

            public sealed class PageView
            {
                [Personal(DataCategory.IpAddress)]
                public string Ip { get; init; } = "";

                [SpecialCategory(SpecialCategoryKind.Health)]
                public string? Condition { get; init; }

                [NonPersonal]
                public string Path { get; init; } = "";
            }

            public sealed class Batch<T> { }
        }
        """;

    /// <summary>Declared strings that would break a document, inject markup, or run as a spreadsheet formula.</summary>
    public const string Hostile = """
        using TrackLayer.ControlsAsCode;

        [assembly: IsmsScope("<script>alert('scope')</script> | scope", Organization = "=HYPERLINK(\"http://evil.example\",\"x\")", Owner = "+cmd|' /C calc'!A0")]
        [assembly: CertificationStatus(CertificationState.InProgress, AsOf = "2026-04-24", TargetWindow = "Q4 <b>2026</b>")]

        namespace Hostile
        {
            [ApplicableControl("8.24", InclusionReason.RiskAssessment, Justification = "line one\nline two | <img src=x onerror=alert(1)>",
                Owner = "-2+3", Status = ImplementationStatus.Implemented, Evidence = new[] { "@SUM(A1:A2)", "\tTabbed", "\rReturn", "a,\"quoted\"" })]
            public sealed class Crypto { }

            [Destination("x<script>y", Vendor = "=1+1", Owner = "Team\r\nTwo", Purpose = "a|b", Retention = "P1D", Contract = "C-1")]
            public sealed class Evil : ITrackingDestination { }
        }
        """;
}
