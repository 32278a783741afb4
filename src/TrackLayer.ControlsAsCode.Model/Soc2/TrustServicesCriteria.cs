using System;
using System.Collections.Generic;

namespace TrackLayer.ControlsAsCode.Model;

/// <summary>
/// An indicative cross-reference from each ISO/IEC 27001:2022 Annex A control to the series of the AICPA 2017 Trust
/// Services Criteria (SOC 2) it most plausibly supports. Indicative only, and every document says so: it is
/// TrackLayer's own reading at the level of criteria series, not the AICPA's published mapping and not an assurance.
/// </summary>
internal static class TrustServicesCriteria
{
    /// <summary>The sentence every document prints beside the column.</summary>
    public const string Notice =
        "SOC 2 Trust Services Criteria cross-reference: indicative only. " + Basis;

    /// <summary>What the mapping rests on, stated plainly.</summary>
    public const string Basis =
        "TrackLayer's own mapping of each ISO/IEC 27001:2022 Annex A control to the series of the AICPA 2017 Trust Services " +
        "Criteria (revised points of focus, 2022) that it most plausibly supports: CC1 control environment, CC2 communication " +
        "and information, CC3 risk assessment, CC4 monitoring activities, CC5 control activities, CC6 logical and physical access, " +
        "CC7 system operations, CC8 change management, CC9 risk mitigation, A1 availability, C1 confidentiality, PI1 processing " +
        "integrity, P privacy. It is not the AICPA's published mapping of the Trust Services Criteria to ISO/IEC 27001 (which " +
        "refers to the 2013 edition); a service auditor decides which criteria a control evidences.";

    /// <summary>The criteria series, in the order the AICPA lists them.</summary>
    public static readonly IReadOnlyList<string> Series = new[] { "CC1", "CC2", "CC3", "CC4", "CC5", "CC6", "CC7", "CC8", "CC9", "A1", "C1", "PI1", "P" };

    private static readonly Dictionary<string, string[]> ByControl = new(StringComparer.Ordinal)
    {
        ["5.1"] = new[] { "CC1", "CC2", "CC5" },
        ["5.2"] = new[] { "CC1" },
        ["5.3"] = new[] { "CC1", "CC5" },
        ["5.4"] = new[] { "CC1" },
        ["5.5"] = new[] { "CC2" },
        ["5.6"] = new[] { "CC2", "CC3" },
        ["5.7"] = new[] { "CC3", "CC7" },
        ["5.8"] = new[] { "CC3", "CC8" },
        ["5.9"] = new[] { "CC6" },
        ["5.10"] = new[] { "CC1", "CC6" },
        ["5.11"] = new[] { "CC6" },
        ["5.12"] = new[] { "CC6", "C1" },
        ["5.13"] = new[] { "C1" },
        ["5.14"] = new[] { "CC6", "C1" },
        ["5.15"] = new[] { "CC6" },
        ["5.16"] = new[] { "CC6" },
        ["5.17"] = new[] { "CC6" },
        ["5.18"] = new[] { "CC6" },
        ["5.19"] = new[] { "CC9" },
        ["5.20"] = new[] { "CC9" },
        ["5.21"] = new[] { "CC9" },
        ["5.22"] = new[] { "CC4", "CC9" },
        ["5.23"] = new[] { "CC9" },
        ["5.24"] = new[] { "CC7" },
        ["5.25"] = new[] { "CC7" },
        ["5.26"] = new[] { "CC7" },
        ["5.27"] = new[] { "CC7" },
        ["5.28"] = new[] { "CC7" },
        ["5.29"] = new[] { "CC9", "A1" },
        ["5.30"] = new[] { "A1" },
        ["5.31"] = new[] { "CC2", "CC3" },
        ["5.32"] = Array.Empty<string>(),
        ["5.33"] = new[] { "C1", "PI1" },
        ["5.34"] = new[] { "C1", "P" },
        ["5.35"] = new[] { "CC4" },
        ["5.36"] = new[] { "CC4", "CC5" },
        ["5.37"] = new[] { "CC5", "CC7" },
        ["6.1"] = new[] { "CC1" },
        ["6.2"] = new[] { "CC1" },
        ["6.3"] = new[] { "CC1", "CC2" },
        ["6.4"] = new[] { "CC1" },
        ["6.5"] = new[] { "CC1", "CC6" },
        ["6.6"] = new[] { "CC1", "C1" },
        ["6.7"] = new[] { "CC6" },
        ["6.8"] = new[] { "CC2", "CC7" },
        ["7.1"] = new[] { "CC6" },
        ["7.2"] = new[] { "CC6" },
        ["7.3"] = new[] { "CC6" },
        ["7.4"] = new[] { "CC6", "CC7" },
        ["7.5"] = new[] { "A1" },
        ["7.6"] = new[] { "CC6" },
        ["7.7"] = new[] { "CC6", "C1" },
        ["7.8"] = new[] { "CC6", "A1" },
        ["7.9"] = new[] { "CC6" },
        ["7.10"] = new[] { "CC6", "C1" },
        ["7.11"] = new[] { "A1" },
        ["7.12"] = new[] { "CC6", "A1" },
        ["7.13"] = new[] { "A1" },
        ["7.14"] = new[] { "CC6", "C1" },
        ["8.1"] = new[] { "CC6" },
        ["8.2"] = new[] { "CC6" },
        ["8.3"] = new[] { "CC6" },
        ["8.4"] = new[] { "CC6", "CC8" },
        ["8.5"] = new[] { "CC6" },
        ["8.6"] = new[] { "A1" },
        ["8.7"] = new[] { "CC6", "CC7" },
        ["8.8"] = new[] { "CC7" },
        ["8.9"] = new[] { "CC7", "CC8" },
        ["8.10"] = new[] { "C1", "P" },
        ["8.11"] = new[] { "C1", "P" },
        ["8.12"] = new[] { "CC6", "C1" },
        ["8.13"] = new[] { "A1" },
        ["8.14"] = new[] { "A1" },
        ["8.15"] = new[] { "CC7" },
        ["8.16"] = new[] { "CC4", "CC7" },
        ["8.17"] = new[] { "CC7" },
        ["8.18"] = new[] { "CC6" },
        ["8.19"] = new[] { "CC6", "CC8" },
        ["8.20"] = new[] { "CC6" },
        ["8.21"] = new[] { "CC6" },
        ["8.22"] = new[] { "CC6" },
        ["8.23"] = new[] { "CC6" },
        ["8.24"] = new[] { "CC6", "C1" },
        ["8.25"] = new[] { "CC8" },
        ["8.26"] = new[] { "CC8", "PI1" },
        ["8.27"] = new[] { "CC8" },
        ["8.28"] = new[] { "CC8" },
        ["8.29"] = new[] { "CC8" },
        ["8.30"] = new[] { "CC8", "CC9" },
        ["8.31"] = new[] { "CC8" },
        ["8.32"] = new[] { "CC8" },
        ["8.33"] = new[] { "CC8", "C1" },
        ["8.34"] = new[] { "CC4" },
    };

    /// <summary>The criteria series indicated for a 2022 control id, in AICPA order; empty when none is indicated.</summary>
    public static IReadOnlyList<string> For(string controlId) =>
        ByControl.TryGetValue(controlId, out var series) ? series : Array.Empty<string>();

    /// <summary>The control ids the table covers (a test holds it to the catalog).</summary>
    public static IEnumerable<string> MappedControlIds => ByControl.Keys;
}
