using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TrackLayer.ControlsAsCode.Model;
using TrackLayer.ControlsAsCode.Model.Validation;

namespace TrackLayer.ControlsAsCode.Analyzers.Declarations;

/// <summary>
/// One declaration attribute in source, read into the model's plain object so the model's validity rules judge it,
/// with the syntax to point diagnostics at.
/// </summary>
internal sealed class SourceDeclaration
{
    private SourceDeclaration(DeclarationKind kind, AttributeData attribute, AttributeSyntax syntax, object model)
    {
        Kind = kind;
        Attribute = attribute;
        Syntax = syntax;
        Model = model;
    }

    public DeclarationKind Kind { get; }

    private IReadOnlyList<DeclarationProblem>? _problems;

    public AttributeData Attribute { get; }

    public AttributeSyntax Syntax { get; }

    /// <summary>A <see cref="ControlDeclaration"/>, <see cref="ControlImplementation"/>, <see cref="DestinationDeclaration"/> or <see cref="IsmsDeclaration"/>.</summary>
    public object Model { get; }

    public Location Location => Syntax.GetLocation();

    /// <summary>
    /// Reads a declaration attribute. Null when it is not one of ours, has no source syntax, or does not bind (a
    /// half-typed or mistyped attribute): the compiler reports that, and guessing at its values would only add noise.
    /// </summary>
    public static SourceDeclaration? TryRead(AttributeData attribute, DeclarationTypes types, string declaredOn, CancellationToken cancellationToken)
    {
        var kind = types.KindOf(attribute.AttributeClass);
        if (kind == DeclarationKind.None
            || attribute.AttributeConstructor is null
            || attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is not AttributeSyntax syntax
            || HasErrors(attribute))
        {
            return null;
        }

        var args = new Arguments(attribute);
        object model;
        switch (kind)
        {
            case DeclarationKind.ApplicableControl:
                model = new ControlDeclaration(args.String("controlId") ?? "", Applicability.Applicable, declaredOn)
                {
                    Reasons = (InclusionReason)args.Int("reason"),
                    Justification = args.String("Justification"),
                    Status = (ImplementationStatus)args.Int("Status"),
                    Owner = args.String("Owner"),
                    Evidence = args.Strings("Evidence"),
                    ReviewedOn = args.String("ReviewedOn"),
                };
                break;
            case DeclarationKind.ExcludedControl:
                model = new ControlDeclaration(args.String("controlId") ?? "", Applicability.Excluded, declaredOn)
                {
                    Justification = args.String("justification"),
                    Owner = args.String("Owner"),
                    ReviewedOn = args.String("ReviewedOn"),
                };
                break;
            case DeclarationKind.ImplementsControl:
                model = new ControlImplementation(args.String("controlId") ?? "", declaredOn) { Note = args.String("Note") };
                break;
            case DeclarationKind.Destination:
                model = ReadDestination(attribute, declaredOn);
                break;
            default:
                model = new IsmsDeclaration
                {
                    HasCertificationStatus = true,
                    CertificationState = (CertificationState)args.Int("state"),
                    AsOf = args.String("AsOf"),
                    TargetWindow = args.String("TargetWindow"),
                    CertificationBody = args.String("CertificationBody"),
                    CertificateNumber = args.String("CertificateNumber"),
                    CertifiedOn = args.String("CertifiedOn"),
                    ExpiresOn = args.String("ExpiresOn"),
                };
                break;
        }

        return new SourceDeclaration(kind, attribute, syntax, model);
    }

    /// <summary>
    /// A <c>[Destination]</c>'s values as the model's declaration: the one reading the destination rules and the egress
    /// and flow rules share (the latter also for attributes in referenced assemblies, which have no syntax).
    /// </summary>
    public static DestinationDeclaration ReadDestination(AttributeData attribute, string declaredOn)
    {
        var args = new Arguments(attribute);
        return new DestinationDeclaration(args.String("id") ?? "", declaredOn)
        {
            Vendor = args.String("Vendor"),
            Owner = args.String("Owner"),
            Purpose = args.String("Purpose"),
            Retention = args.String("Retention"),
            Endpoint = args.String("Endpoint"),
            ReviewedOn = args.String("ReviewedOn"),
            SendsPersonalData = args.Boolean("SendsPersonalData"),
            ConsentCategory = args.String("ConsentCategory"),
            Contract = args.String("Contract"),
            Profile = (VendorProfile)args.Int("Profile"),
        };
    }

    /// <summary>The model's verdict on this declaration alone; worked out once, then shared by every rule that asks.</summary>
    public IReadOnlyList<DeclarationProblem> Validate() => _problems ??= Model switch
    {
        ControlDeclaration control => DeclarationValidator.Validate(control),
        ControlImplementation implementation => DeclarationValidator.Validate(implementation),
        DestinationDeclaration destination => DeclarationValidator.Validate(destination),
        IsmsDeclaration isms => DeclarationValidator.Validate(isms),
        _ => Array.Empty<DeclarationProblem>(),
    };

    /// <summary>The expression of the argument for a property or constructor parameter (matched ignoring case), or null when it was not written.</summary>
    public ExpressionSyntax? ArgumentSyntax(string? name)
    {
        if (name is null || Syntax.ArgumentList is null)
        {
            return null;
        }

        var parameters = Attribute.AttributeConstructor!.Parameters;
        var position = 0;
        foreach (var argument in Syntax.ArgumentList.Arguments)
        {
            string? argumentName;
            if (argument.NameEquals is not null)
            {
                argumentName = argument.NameEquals.Name.Identifier.ValueText;
            }
            else if (argument.NameColon is not null)
            {
                argumentName = argument.NameColon.Name.Identifier.ValueText;
                position++;
            }
            else
            {
                argumentName = position < parameters.Length ? parameters[position].Name : null;
                position++;
            }

            if (string.Equals(argumentName, name, StringComparison.OrdinalIgnoreCase))
            {
                return argument.Expression;
            }
        }

        return null;
    }

    /// <summary>The argument's location when it was written, else the whole attribute.</summary>
    public Location LocationOf(string? argument) => ArgumentSyntax(argument)?.GetLocation() ?? Location;

    private static bool HasErrors(AttributeData attribute)
    {
        foreach (var argument in attribute.ConstructorArguments)
        {
            if (argument.Kind == TypedConstantKind.Error) return true;
        }

        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Value.Kind == TypedConstantKind.Error) return true;
        }

        return false;
    }

    /// <summary>Attribute values by constructor parameter or property name, ignoring case (<c>controlId</c> is <c>ControlId</c>).</summary>
    private readonly struct Arguments
    {
        private readonly AttributeData _attribute;

        public Arguments(AttributeData attribute) => _attribute = attribute;

        public string? String(string name) => Find(name) is { Kind: TypedConstantKind.Primitive, Value: string text } ? text : null;

        public bool Boolean(string name) => Find(name) is { Kind: TypedConstantKind.Primitive, Value: true };

        public int Int(string name) => Find(name) is { Kind: TypedConstantKind.Enum or TypedConstantKind.Primitive, Value: { } value } && IsInteger(value)
            ? Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture)
            : 0;

        public IReadOnlyList<string> Strings(string name)
        {
            if (Find(name) is not { Kind: TypedConstantKind.Array, IsNull: false } array)
            {
                return Array.Empty<string>();
            }

            var values = ImmutableArray.CreateBuilder<string>();
            foreach (var item in array.Values)
            {
                if (item.Value is string text) values.Add(text);
            }

            return values.ToImmutable();
        }

        private TypedConstant? Find(string name)
        {
            // No constructor when the attribute does not bind: only named arguments can be read then.
            var parameters = _attribute.AttributeConstructor?.Parameters ?? ImmutableArray<IParameterSymbol>.Empty;
            var constructorArguments = _attribute.ConstructorArguments;
            for (var i = 0; i < parameters.Length && i < constructorArguments.Length; i++)
            {
                if (string.Equals(parameters[i].Name, name, StringComparison.OrdinalIgnoreCase)) return constructorArguments[i];
            }

            foreach (var named in _attribute.NamedArguments)
            {
                if (string.Equals(named.Key, name, StringComparison.OrdinalIgnoreCase)) return named.Value;
            }

            return null;
        }

        private static bool IsInteger(object value) => value is int or short or long or byte or sbyte or ushort or uint;
    }
}
