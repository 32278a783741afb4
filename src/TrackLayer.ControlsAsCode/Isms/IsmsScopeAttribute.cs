using System;

namespace TrackLayer.ControlsAsCode;

/// <summary>
/// Declares the scope of the information security management system (ISMS) that this assembly belongs to.
/// The Statement of Applicability names it in its header.
/// </summary>
/// <example>
/// <code>[assembly: IsmsScope("Server-side tracking pipeline", Organization = "TrackLayer GmbH", Owner = "CISO")]</code>
/// </example>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false, Inherited = false)]
public sealed class IsmsScopeAttribute : Attribute
{
    /// <summary>Creates the scope declaration.</summary>
    /// <param name="scope">What the ISMS covers, in the words of the scope statement.</param>
    public IsmsScopeAttribute(string scope)
    {
        Scope = scope;
    }

    /// <summary>What the ISMS covers.</summary>
    public string Scope { get; }

    /// <summary>The organization that operates the ISMS.</summary>
    public string? Organization { get; set; }

    /// <summary>Who owns the ISMS (a role or team rather than a person's name is easier to keep current).</summary>
    public string? Owner { get; set; }
}
