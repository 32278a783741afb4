using System;
using System.Collections.Generic;
using System.Linq;

namespace TrackLayer.ControlsAsCode.Model.Validation;

/// <summary>
/// What is wrong with a single declaration: the validity rules the analyzers report as you type and the build task
/// can report from metadata. Every check reads only the declaration it is given; rules that compare declarations
/// with each other are in <see cref="DuplicateDeclarations"/>.
/// </summary>
/// <remarks>
/// Null means "not declared". For required values an empty or white-space string counts as not declared; for
/// optional dates an empty string is a value that is not a date.
/// </remarks>
internal static class DeclarationValidator
{
    // Argument names, as the attribute properties spell them (constructor parameters are the camel-case form).
    public const string ControlIdArgument = "ControlId";
    public const string ReasonArgument = "Reason";
    public const string JustificationArgument = "Justification";
    public const string StatusArgument = "Status";
    public const string OwnerArgument = "Owner";
    public const string ReviewedOnArgument = "ReviewedOn";
    public const string IdArgument = "Id";
    public const string PurposeArgument = "Purpose";
    public const string RetentionArgument = "Retention";
    public const string EndpointArgument = "Endpoint";
    public const string AsOfArgument = "AsOf";
    public const string CertificationBodyArgument = "CertificationBody";
    public const string CertificateNumberArgument = "CertificateNumber";
    public const string CertifiedOnArgument = "CertifiedOn";
    public const string ExpiresOnArgument = "ExpiresOn";

    /// <summary>An <c>[ApplicableControl]</c> or <c>[ExcludedControl]</c>.</summary>
    public static IReadOnlyList<DeclarationProblem> Validate(ControlDeclaration declaration)
    {
        var problems = new List<DeclarationProblem>();
        CheckControlId(declaration.ControlId, problems);
        var subject = Display(declaration.ControlId);

        if (declaration.Applicability == Applicability.Excluded && IsBlank(declaration.Justification))
        {
            problems.Add(new(DiagnosticIds.ExcludedWithoutJustification, JustificationArgument, new[] { subject }));
        }

        if (declaration.Applicability == Applicability.Applicable)
        {
            if (IsBlank(declaration.Owner))
            {
                problems.Add(new(DiagnosticIds.ApplicableWithoutOwner, OwnerArgument, new[] { subject }));
            }

            if (declaration.Status == ImplementationStatus.Unspecified)
            {
                problems.Add(new(DiagnosticIds.ApplicableWithoutStatus, StatusArgument, new[] { subject }));
            }

            if (declaration.Reasons == InclusionReason.None)
            {
                problems.Add(new(DiagnosticIds.ApplicableWithoutReason, ReasonArgument, new[] { subject }));
            }
        }

        CheckDate(declaration.ReviewedOn, ReviewedOnArgument, problems);
        return problems;
    }

    /// <summary>An <c>[ImplementsControl]</c>: only its id can be wrong.</summary>
    public static IReadOnlyList<DeclarationProblem> Validate(ControlImplementation implementation)
    {
        var problems = new List<DeclarationProblem>();
        CheckControlId(implementation.ControlId, problems);
        return problems;
    }

    /// <summary>A <c>[Destination]</c>.</summary>
    public static IReadOnlyList<DeclarationProblem> Validate(DestinationDeclaration destination)
    {
        var problems = new List<DeclarationProblem>();

        var missing = new List<string>();
        if (IsBlank(destination.Id)) missing.Add(IdArgument);
        if (IsBlank(destination.Owner)) missing.Add(OwnerArgument);
        if (IsBlank(destination.Purpose)) missing.Add(PurposeArgument);
        if (IsBlank(destination.Retention)) missing.Add(RetentionArgument);
        if (missing.Count > 0)
        {
            // One problem naming everything missing; it points at the argument only when exactly one was written empty.
            var argument = missing.Count == 1 && Declared(destination, missing[0]) ? missing[0] : null;
            problems.Add(new(DiagnosticIds.DestinationDeclarationIncomplete, argument, new[] { Display(destination.Id), JoinWords(missing) }));
        }

        if (!IsBlank(destination.Retention) && !Iso8601.TryParseDuration(destination.Retention, out _))
        {
            problems.Add(new(DiagnosticIds.RetentionNotIsoDuration, RetentionArgument, new[] { destination.Retention!, Display(destination.Id) }));
        }

        if (IsPlainHttp(destination.Endpoint))
        {
            problems.Add(new(
                DiagnosticIds.PlainHttpEndpoint,
                EndpointArgument,
                new[] { destination.Endpoint!.Trim(), Display(destination.Id) },
                new[] { ToHttps(destination.Endpoint!) }));
        }

        CheckDate(destination.ReviewedOn, ReviewedOnArgument, problems);
        return problems;
    }

    /// <summary>The assembly's <c>[CertificationStatus]</c> (and scope, which has nothing checkable yet).</summary>
    public static IReadOnlyList<DeclarationProblem> Validate(IsmsDeclaration isms)
    {
        var problems = new List<DeclarationProblem>();
        if (!isms.HasCertificationStatus)
        {
            return problems;
        }

        CheckDate(isms.AsOf, AsOfArgument, problems);
        CheckDate(isms.CertifiedOn, CertifiedOnArgument, problems);
        CheckDate(isms.ExpiresOn, ExpiresOnArgument, problems);

        if (isms.CertificationState == CertificationState.Certified)
        {
            // The documents call the system certified only with all three (CertificationWording); say which are missing.
            var missing = new List<string>();
            if (IsBlank(isms.CertificationBody)) missing.Add(CertificationBodyArgument);
            if (IsBlank(isms.CertificateNumber)) missing.Add(CertificateNumberArgument);
            if (IsBlank(isms.CertifiedOn)) missing.Add(CertifiedOnArgument);
            if (missing.Count > 0)
            {
                problems.Add(new(DiagnosticIds.CertifiedWithoutCertificate, null, new[] { JoinWords(missing) }));
            }
        }

        return problems;
    }

    /// <summary>True for an <c>http://</c> URL to anything but this machine (a loopback agent or sidecar never leaves the host).</summary>
    public static bool IsPlainHttp(string? endpoint)
    {
        if (endpoint is null)
        {
            return false;
        }

        var text = endpoint.Trim();
        if (!text.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var host = text.Substring("http://".Length);
        var end = host.IndexOfAny(new[] { '/', '?', '#' });
        host = end < 0 ? host : host.Substring(0, end);
        var at = host.LastIndexOf('@');
        host = at < 0 ? host : host.Substring(at + 1);
        if (host.StartsWith("[", StringComparison.Ordinal))
        {
            return !host.StartsWith("[::1]", StringComparison.Ordinal);
        }

        var colon = host.IndexOf(':');
        host = colon < 0 ? host : host.Substring(0, colon);
        return !(host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || host.StartsWith("127.", StringComparison.Ordinal));
    }

    /// <summary>The same URL with the https scheme; everything after the scheme is kept as written.</summary>
    public static string ToHttps(string endpoint)
    {
        var text = endpoint.Trim();
        return text.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? "https://" + text.Substring("http://".Length) : text;
    }

    private static void CheckControlId(string controlId, List<DeclarationProblem> problems)
    {
        if (ControlCatalog.TryGet(controlId, out _))
        {
            return;
        }

        var successors = ControlCatalog.SuccessorsOf2013(controlId);
        if (successors.Count > 0)
        {
            var ids = successors.Select(c => c.Id).ToArray();
            var described = JoinWords(successors.Select(c => c.Id + " (" + c.Title + ")").ToList(), "or");
            problems.Add(new(DiagnosticIds.Iso2013ControlId, ControlIdArgument, new[] { controlId.Trim(), described }, ids));
            return;
        }

        problems.Add(new(DiagnosticIds.UnknownControlId, ControlIdArgument, new[] { Display(controlId) }));
    }

    private static void CheckDate(string? value, string argument, List<DeclarationProblem> problems)
    {
        if (value is not null && !Iso8601.TryParseDate(value, out _))
        {
            problems.Add(new(DiagnosticIds.InvalidDate, argument, new[] { argument, value }));
        }
    }

    private static bool Declared(DestinationDeclaration destination, string argument) => argument switch
    {
        IdArgument => destination.Id is not null,
        OwnerArgument => destination.Owner is not null,
        PurposeArgument => destination.Purpose is not null,
        RetentionArgument => destination.Retention is not null,
        _ => false,
    };

    internal static bool IsBlank(string? value) => value is null || value.Trim().Length == 0;

    /// <summary>How a possibly empty id is named in a message.</summary>
    internal static string Display(string? id) => IsBlank(id) ? "(empty)" : id!.Trim();

    /// <summary>"Owner", "Owner and Purpose", "Owner, Purpose and Retention".</summary>
    internal static string JoinWords(IReadOnlyList<string> words, string conjunction = "and") => words.Count switch
    {
        0 => "",
        1 => words[0],
        _ => string.Join(", ", words.Take(words.Count - 1)) + " " + conjunction + " " + words[words.Count - 1],
    };
}
