using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection.Metadata;
using TrackLayer.ControlsAsCode.Model;

namespace TrackLayer.ControlsAsCode.Build.Reading;

/// <summary>
/// Walks one assembly's metadata and turns our attributes into the model's plain declaration objects.
/// Assembly attributes are always read (for the version stamp); types and members only when the assembly
/// mentions our attribute types at all, which keeps reading a solution's many framework references cheap.
/// </summary>
internal sealed class DeclarationCollector
{
    /// <summary>What <see cref="ControlDeclaration.DeclaredOn"/> and <see cref="DestinationDeclaration.DeclaredOn"/> say for assembly-level declarations.</summary>
    public const string AssemblyTarget = "assembly";

    private readonly MetadataReader _reader;
    private readonly string _path;
    private readonly AttributeTypeIndex _index;
    private readonly ElementNames _names;
    private readonly List<BuildDiagnostic> _errors = new();
    private readonly ComplianceDeclarations _declarations;
    private readonly SourceLocator? _locator;
    private readonly Dictionary<(string Type, string Member, ClassificationKind Kind), ClassifiedMember> _classifiedByKey = new();

    public DeclarationCollector(MetadataReader reader, string path, SourceLocator? locator = null)
    {
        _reader = reader;
        _path = path;
        _locator = locator;
        _index = new AttributeTypeIndex(reader);
        _names = new ElementNames(reader);
        var assembly = reader.GetAssemblyDefinition();
        _declarations = new ComplianceDeclarations(reader.GetString(assembly.Name))
        {
            // The informational version, when present, replaces this in ReadAssemblyAttributes.
            AssemblyVersion = assembly.Version.ToString(),
        };
    }

    public DeclarationReadResult Collect()
    {
        ReadAssemblyAttributes();
        if (_index.MentionsDeclarationApi)
        {
            foreach (var type in _reader.TypeDefinitions)
            {
                // <Module> and compiler-generated types carry nothing a user declared.
                if (!_names.IsCompilerGenerated(type))
                {
                    ReadType(type);
                }
            }
        }

        if (_errors.Count > 0)
        {
            return DeclarationReadResult.Failure(_errors);
        }

        SortForStableOutput();
        return DeclarationReadResult.Success(_declarations);
    }

    private void ReadAssemblyAttributes()
    {
        foreach (var handle in _reader.GetAssemblyDefinition().GetCustomAttributes())
        {
            var attribute = _reader.GetCustomAttribute(handle);
            var kind = _index.KindOf(attribute);
            if (kind == DeclarationAttributeKind.None || Decode(attribute, kind, AssemblyTarget) is not { } args)
            {
                continue;
            }

            switch (kind)
            {
                case DeclarationAttributeKind.IsmsScope:
                    var isms = _declarations.Isms ??= new IsmsDeclaration();
                    isms.Scope = args.String(0);
                    isms.Organization = args.String(nameof(IsmsDeclaration.Organization));
                    isms.Owner = args.String(nameof(IsmsDeclaration.Owner));
                    break;
                case DeclarationAttributeKind.CertificationStatus:
                    var status = _declarations.Isms ??= new IsmsDeclaration();
                    status.HasCertificationStatus = true;
                    status.CertificationState = (CertificationState)args.Int32(0);
                    status.AsOf = args.String(nameof(IsmsDeclaration.AsOf));
                    status.TargetWindow = args.String(nameof(IsmsDeclaration.TargetWindow));
                    status.CertificationBody = args.String(nameof(IsmsDeclaration.CertificationBody));
                    status.CertificateNumber = args.String(nameof(IsmsDeclaration.CertificateNumber));
                    status.CertifiedOn = args.String(nameof(IsmsDeclaration.CertifiedOn));
                    status.ExpiresOn = args.String(nameof(IsmsDeclaration.ExpiresOn));
                    break;
                case DeclarationAttributeKind.InformationalVersion:
                    ReadInformationalVersion(args.String(0));
                    break;
                default:
                    ReadControlOrDestination(kind, args, AssemblyTarget, null);
                    break;
            }
        }
    }

    /// <summary>"1.2.0+3f9c2e1": the package version, then (SourceLink's suffix) the commit it was built from.</summary>
    private void ReadInformationalVersion(string? informational)
    {
        if (string.IsNullOrWhiteSpace(informational))
        {
            return;
        }

        var plus = informational!.IndexOf('+');
        _declarations.AssemblyVersion = (plus < 0 ? informational : informational.Substring(0, plus)).Trim();
        var revision = plus < 0 ? "" : informational.Substring(plus + 1).Trim();
        _declarations.SourceRevision = revision.Length == 0 ? null : revision;
    }

    private void ReadType(TypeDefinitionHandle handle)
    {
        var type = _reader.GetTypeDefinition(handle);
        var context = new TypeContext(this, handle, type);
        var typeName = context.Name;

        foreach (var attributeHandle in type.GetCustomAttributes())
        {
            var attribute = _reader.GetCustomAttribute(attributeHandle);
            var kind = _index.KindOf(attribute);
            if (kind != DeclarationAttributeKind.None && Decode(attribute, kind, typeName) is { } args)
            {
                ReadControlOrDestination(kind, args, typeName, context);
            }
        }

        foreach (var methodHandle in type.GetMethods())
        {
            var method = _reader.GetMethodDefinition(methodHandle);
            var methodName = _reader.GetString(method.Name);
            ReadMember(context, methodName, method.GetCustomAttributes(), () => _locator?.Method(methodHandle) ?? context.Location);

            // Constructor parameters carry the classifications of records' positional properties (the default
            // target of an attribute written on a positional parameter) and of constructor-injected data.
            if (methodName == ".ctor")
            {
                foreach (var parameterHandle in method.GetParameters())
                {
                    var parameter = _reader.GetParameter(parameterHandle);
                    if (parameter.SequenceNumber > 0)
                    {
                        ReadMember(context, _reader.GetString(parameter.Name), parameter.GetCustomAttributes(), () => _locator?.Method(methodHandle) ?? context.Location);
                    }
                }
            }
        }

        // Looked up once: finding a type's properties searches the PropertyMap table.
        var properties = type.GetProperties();
        foreach (var propertyHandle in properties)
        {
            var property = _reader.GetPropertyDefinition(propertyHandle);
            var propertyName = _reader.GetString(property.Name);
            ReadMember(context, propertyName, property.GetCustomAttributes(), () => PropertyLocation(properties, propertyName, context));
        }

        foreach (var fieldHandle in type.GetFields())
        {
            var field = _reader.GetFieldDefinition(fieldHandle);
            var fieldName = ElementNames.Member(_reader.GetString(field.Name));
            // Fields have no sequence points: a backing field takes its property's line, any other field its type's.
            ReadMember(context, fieldName, field.GetCustomAttributes(), () => PropertyLocation(properties, fieldName, context));
        }
    }

    /// <summary>
    /// A property's location is its getter's (else setter's); an attribute on an auto-property's backing field points at
    /// the property. Looked up only for members that declare something, by comparing names in place (no string copies).
    /// </summary>
    private SourceLocation? PropertyLocation(PropertyDefinitionHandleCollection properties, string name, TypeContext context)
    {
        foreach (var propertyHandle in properties)
        {
            var property = _reader.GetPropertyDefinition(propertyHandle);
            if (_reader.StringComparer.Equals(property.Name, name))
            {
                var accessors = property.GetAccessors();
                var accessor = accessors.Getter.IsNil ? accessors.Setter : accessors.Getter;
                return _locator?.Method(accessor) ?? context.Location;
            }
        }

        return context.Location;
    }

    /// <summary>The keys of every type named in a type's field, property and method signatures: a destination's payload types.</summary>
    private IReadOnlyList<string> SignatureTypes(TypeDefinition type, string ownKey)
    {
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var fieldHandle in type.GetFields())
        {
            keys.UnionWith(_reader.GetFieldDefinition(fieldHandle).DecodeSignature(NamedTypesProvider.Instance, null));
        }

        foreach (var propertyHandle in type.GetProperties())
        {
            keys.UnionWith(_reader.GetPropertyDefinition(propertyHandle).DecodeSignature(NamedTypesProvider.Instance, null).ReturnType);
        }

        foreach (var methodHandle in type.GetMethods())
        {
            var signature = _reader.GetMethodDefinition(methodHandle).DecodeSignature(NamedTypesProvider.Instance, null);
            keys.UnionWith(signature.ReturnType);
            foreach (var parameter in signature.ParameterTypes) keys.UnionWith(parameter);
        }

        keys.Remove(ownKey);
        return keys.ToList();
    }

    /// <summary>What the members of one type share: its names and, computed once when first asked, its location.</summary>
    private sealed class TypeContext
    {
        private readonly DeclarationCollector _owner;
        private readonly TypeDefinition _type;
        private readonly TypeDefinitionHandle _handle;
        private readonly string _simpleName;
        private bool _located;
        private SourceLocation? _location;
        private IReadOnlyList<string>? _signatureTypes;

        public TypeContext(DeclarationCollector owner, TypeDefinitionHandle handle, TypeDefinition type)
        {
            _owner = owner;
            _type = type;
            _handle = handle;
            var metadataName = owner._reader.GetString(type.Name);
            var tick = metadataName.IndexOf('`');
            _simpleName = tick < 0 ? metadataName : metadataName.Substring(0, tick);
            Name = owner._names.Type(handle);
            Key = TypeKeys.Of(owner._reader, handle);
        }

        public string Name { get; }

        public string Key { get; }

        public SourceLocation? Location
        {
            get
            {
                if (!_located)
                {
                    _location = _owner._locator?.Type(_handle, _type, _simpleName);
                    _located = true;
                }

                return _location;
            }
        }

        public IReadOnlyList<string> SignatureTypes => _signatureTypes ??= _owner.SignatureTypes(_type, Key);
    }

    /// <summary>Reads the attributes of one member: control implementations, classifications, and the wire name they apply to.</summary>
    private void ReadMember(TypeContext context, string memberName, CustomAttributeHandleCollection attributes, Func<SourceLocation?> locate)
    {
        var typeName = context.Name;
        var element = typeName + "." + memberName;
        List<ClassifiedMember>? classified = null;
        string? wireName = null;
        foreach (var handle in attributes)
        {
            var attribute = _reader.GetCustomAttribute(handle);
            var kind = _index.KindOf(attribute);
            if (kind == DeclarationAttributeKind.None || Decode(attribute, kind, element) is not { } args)
            {
                continue;
            }

            switch (kind)
            {
                case DeclarationAttributeKind.ImplementsControl:
                    var implementation = ReadImplementation(args, element);
                    implementation.Location = locate();
                    _declarations.Implementations.Add(implementation);
                    break;
                case DeclarationAttributeKind.JsonPropertyName:
                    wireName = args.String(0) ?? wireName;
                    break;
                case DeclarationAttributeKind.DataMember:
                    wireName ??= args.String("Name");
                    break;
                default:
                    if (ReadClassification(kind, args, typeName, memberName) is { } member)
                    {
                        (classified ??= new List<ClassifiedMember>()).Add(member);
                    }

                    break;
            }
        }

        if (classified is null)
        {
            return;
        }

        var location = locate();
        foreach (var member in classified)
        {
            member.WireName = wireName;
            member.TypeKey = context.Key;
            member.Location = location;
            AddClassified(member);
        }
    }

    private void ReadControlOrDestination(DeclarationAttributeKind kind, AttributeArguments args, string declaredOn, TypeContext? context)
    {
        switch (kind)
        {
            case DeclarationAttributeKind.ApplicableControl:
                _declarations.Controls.Add(new ControlDeclaration(args.String(0) ?? "", Applicability.Applicable, declaredOn)
                {
                    Reasons = (InclusionReason)args.Int32(1),
                    Justification = args.String(nameof(ControlDeclaration.Justification)),
                    Status = (ImplementationStatus)args.Int32(nameof(ControlDeclaration.Status)),
                    Owner = args.String(nameof(ControlDeclaration.Owner)),
                    Evidence = args.Strings(nameof(ControlDeclaration.Evidence)),
                    ReviewedOn = args.String(nameof(ControlDeclaration.ReviewedOn)),
                    Location = context?.Location,
                });
                break;
            case DeclarationAttributeKind.ExcludedControl:
                _declarations.Controls.Add(new ControlDeclaration(args.String(0) ?? "", Applicability.Excluded, declaredOn)
                {
                    Justification = args.String(1),
                    Owner = args.String(nameof(ControlDeclaration.Owner)),
                    ReviewedOn = args.String(nameof(ControlDeclaration.ReviewedOn)),
                    Location = context?.Location,
                });
                break;
            case DeclarationAttributeKind.ImplementsControl:
                var implementation = ReadImplementation(args, declaredOn);
                implementation.Location = context?.Location;
                _declarations.Implementations.Add(implementation);
                break;
            case DeclarationAttributeKind.Destination:
                _declarations.Destinations.Add(new DestinationDeclaration(args.String(0) ?? "", declaredOn)
                {
                    Vendor = args.String(nameof(DestinationDeclaration.Vendor)),
                    Owner = args.String(nameof(DestinationDeclaration.Owner)),
                    Purpose = args.String(nameof(DestinationDeclaration.Purpose)),
                    EventTypes = args.Strings(nameof(DestinationDeclaration.EventTypes)),
                    SendsPersonalData = args.Boolean(nameof(DestinationDeclaration.SendsPersonalData)),
                    ConsentSensitive = args.Boolean(nameof(DestinationDeclaration.ConsentSensitive)),
                    ConsentCategory = args.String(nameof(DestinationDeclaration.ConsentCategory)),
                    Retention = args.String(nameof(DestinationDeclaration.Retention)),
                    Endpoint = args.String(nameof(DestinationDeclaration.Endpoint)),
                    Region = args.String(nameof(DestinationDeclaration.Region)),
                    Contract = args.String(nameof(DestinationDeclaration.Contract)),
                    ReviewedOn = args.String(nameof(DestinationDeclaration.ReviewedOn)),
                    Profile = (VendorProfile)args.Int32(nameof(DestinationDeclaration.Profile)),
                    Location = context?.Location,
                    DeclaringTypeKey = context?.Key,
                    PayloadTypes = context?.SignatureTypes ?? Array.Empty<string>(),
                });
                break;
        }
    }

    private static ControlImplementation ReadImplementation(AttributeArguments args, string element) =>
        new(args.String(0) ?? "", element) { Note = args.String(nameof(ControlImplementation.Note)) };

    private static ClassifiedMember? ReadClassification(DeclarationAttributeKind kind, AttributeArguments args, string typeName, string memberName)
    {
        switch (kind)
        {
            case DeclarationAttributeKind.Personal:
                return new ClassifiedMember(typeName, memberName, ClassificationKind.PersonalData) { Category = (DataCategory)args.Int32(0) };
            case DeclarationAttributeKind.Pseudonymised:
                return new ClassifiedMember(typeName, memberName, ClassificationKind.PseudonymisedData)
                {
                    Category = (DataCategory)args.Int32(0),
                    PseudonymisationMethod = args.String("Method"),
                };
            case DeclarationAttributeKind.SpecialCategory:
                return new ClassifiedMember(typeName, memberName, ClassificationKind.SpecialCategoryData) { SpecialCategory = (SpecialCategoryKind)args.Int32(0) };
            case DeclarationAttributeKind.Credential:
                return new ClassifiedMember(typeName, memberName, ClassificationKind.Credential);
            case DeclarationAttributeKind.NonPersonal:
                return new ClassifiedMember(typeName, memberName, ClassificationKind.NonPersonalData);
            default:
                return null;
        }
    }

    /// <summary>
    /// A record's positional member may be classified on the parameter and on the property; the register lists it once,
    /// keeping the wire name whichever of the two declared it.
    /// </summary>
    private void AddClassified(ClassifiedMember member)
    {
        // Indexed, not searched: an assembly can classify tens of thousands of members.
        var key = (member.TypeName, member.MemberName, member.Kind);
        if (!_classifiedByKey.TryGetValue(key, out var existing))
        {
            _classifiedByKey.Add(key, member);
            _declarations.ClassifiedMembers.Add(member);
        }
        else
        {
            existing.WireName ??= member.WireName;
            existing.Location ??= member.Location;
        }
    }

    /// <summary>Decodes the attribute's blob; a malformed or unexpected blob becomes a TLC5001 error naming the element.</summary>
    private AttributeArguments? Decode(CustomAttribute attribute, DeclarationAttributeKind kind, string element)
    {
        try
        {
            return new AttributeArguments(attribute.DecodeValue(AttributeTypeProvider.Instance));
        }
        catch (Exception e) when (e is UnsupportedAttributeArgumentException || DeclarationReader.IsMalformedInput(e))
        {
            _errors.Add(new BuildDiagnostic(
                DiagnosticIds.DeclarationsUnreadable,
                _path,
                "The [" + kind + "] attribute on " + element + " in '" + _path + "' could not be decoded: " + e.Message));
            return null;
        }
    }

    /// <summary>Metadata order follows source order, which edits reshuffle; ordinal sorting makes the documents byte-stable.</summary>
    private void SortForStableOutput()
    {
        Sort(_declarations.Controls, c => c.DeclaredOn, c => c.ControlId, c => ((int)c.Applicability).ToString("D2", System.Globalization.CultureInfo.InvariantCulture));
        Sort(_declarations.Implementations, i => i.Element, i => i.ControlId, i => i.Note ?? "");
        Sort(_declarations.Destinations, d => d.Id, d => d.DeclaredOn, _ => "");
        Sort(_declarations.ClassifiedMembers, m => m.TypeName, m => m.MemberName, m => m.Kind.ToString());
    }

    private static void Sort<T>(List<T> items, Func<T, string> first, Func<T, string> second, Func<T, string> third)
    {
        // OrderBy is a stable sort (List.Sort is not): equal keys keep metadata order, which is itself deterministic.
        var sorted = items.OrderBy(first, StringComparer.Ordinal).ThenBy(second, StringComparer.Ordinal).ThenBy(third, StringComparer.Ordinal).ToList();
        items.Clear();
        items.AddRange(sorted);
    }
}
