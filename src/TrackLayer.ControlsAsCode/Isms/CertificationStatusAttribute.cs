using System;

namespace TrackLayer.ControlsAsCode;

/// <summary>
/// Declares the ISO/IEC 27001 certification status exactly as it may be stated to customers and auditors.
/// The generated documents repeat it word for word and call the system certified only when
/// <see cref="CertificationState.Certified"/> comes with <see cref="CertificationBody"/>,
/// <see cref="CertificateNumber"/> and <see cref="CertifiedOn"/>.
/// </summary>
/// <example>
/// <code>[assembly: CertificationStatus(CertificationState.InProgress, AsOf = "2026-04-24", TargetWindow = "Q4 2026")]</code>
/// </example>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false, Inherited = false)]
public sealed class CertificationStatusAttribute : Attribute
{
    /// <summary>Creates the status declaration.</summary>
    /// <param name="state">Where certification stands.</param>
    public CertificationStatusAttribute(CertificationState state)
    {
        State = state;
    }

    /// <summary>Where certification stands.</summary>
    public CertificationState State { get; }

    /// <summary>The date the status was last confirmed, ISO 8601 (<c>2026-04-24</c>).</summary>
    public string? AsOf { get; set; }

    /// <summary>The targeted certification window while in progress, for example <c>Q4 2026</c>.</summary>
    public string? TargetWindow { get; set; }

    /// <summary>The accredited certification body that issued the certificate.</summary>
    public string? CertificationBody { get; set; }

    /// <summary>The certificate number.</summary>
    public string? CertificateNumber { get; set; }

    /// <summary>The date the certificate was issued, ISO 8601.</summary>
    public string? CertifiedOn { get; set; }

    /// <summary>The date the certificate expires, ISO 8601.</summary>
    public string? ExpiresOn { get; set; }
}
