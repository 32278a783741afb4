using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.CompilerServices;
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
    private readonly PropertyIndex _properties;
    private readonly AttributeTypeProvider _types = new();
    private readonly FastAttributeDecoder _fastDecoder;
    private readonly List<ClassifiedMember> _memberClassifications = new();

    public DeclarationCollector(MetadataReader reader, PEMemoryBlock metadata, string path, SourceLocator? locator = null)
    {
        _reader = reader;
        _path = path;
        _locator = locator;
        _index = new AttributeTypeIndex(reader);
        _names = new ElementNames(reader);
        _properties = new PropertyIndex(reader, metadata);
        _fastDecoder = new FastAttributeDecoder(reader, _types);
        var assembly = reader.GetAssemblyDefinition();
        _declarations = new ComplianceDeclarations(reader.GetString(assembly.Name))
        {
            // The informational version, when present, replaces this in ReadAssemblyAttributes.
            AssemblyVersion = assembly.Version.ToString(),
        };
    }

    [MethodImpl(HotPath.Optimized)]
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
            if (kind == DeclarationAttributeKind.None || !TryDecode(attribute, kind, AssemblyTarget, null, out var args))
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

    [MethodImpl(HotPath.Optimized)]
    private void ReadType(TypeDefinitionHandle handle)
    {
        var type = _reader.GetTypeDefinition(handle);
        var context = new TypeContext(this, handle, type);

        // Only elements carrying one of our attributes are read (a lookup each); their names are made only for them.
        if (_index.HasAttributesToRead(handle))
        {
            foreach (var attributeHandle in type.GetCustomAttributes())
            {
                var attribute = _reader.GetCustomAttribute(attributeHandle);
                var kind = _index.KindOf(attribute);
                if (kind != DeclarationAttributeKind.None && TryDecode(attribute, kind, context.Name, null, out var args))
                {
                    ReadControlOrDestination(kind, args, context.Name, context);
                }
            }
        }

        foreach (var methodHandle in type.GetMethods())
        {
            var method = _reader.GetMethodDefinition(methodHandle);
            if (_index.HasAttributesToRead(methodHandle))
            {
                ReadMember(context, _reader.GetString(method.Name), method.GetCustomAttributes(), new MemberSite(methodHandle));
            }

            // Constructor parameters carry the classifications of records' positional properties (the default
            // target of an attribute written on a positional parameter) and of constructor-injected data.
            // The flag first: every constructor has it (ECMA-335 II.10.5.1), and it is cheaper to test than the name.
            if ((method.Attributes & MethodAttributes.RTSpecialName) != 0 && _reader.StringComparer.Equals(method.Name, ".ctor"))
            {
                foreach (var parameterHandle in method.GetParameters())
                {
                    var parameter = _reader.GetParameter(parameterHandle);
                    if (parameter.SequenceNumber > 0 && _index.HasAttributesToRead(parameterHandle))
                    {
                        ReadMember(context, _reader.GetString(parameter.Name), parameter.GetCustomAttributes(), new MemberSite(methodHandle));
                    }
                }
            }
        }

        var properties = _properties.Of(handle, type);
        for (var i = 0; i < properties.Count; i++)
        {
            if (!_index.HasAttributesToRead(properties[i])) continue;
            var property = _reader.GetPropertyDefinition(properties[i]);
            ReadMember(context, _reader.GetString(property.Name), property.GetCustomAttributes(), new MemberSite(properties));
        }

        foreach (var fieldHandle in type.GetFields())
        {
            if (!_index.HasAttributesToRead(fieldHandle)) continue;
            var field = _reader.GetFieldDefinition(fieldHandle);
            // Fields have no sequence points: a backing field takes its property's line, any other field its type's.
            ReadMember(context, ElementNames.Member(_reader.GetString(field.Name)), field.GetCustomAttributes(), new MemberSite(properties));
        }
    }

    /// <summary>
    /// Where a member's source line is found, looked up only when the member declares something: a method's own (a
    /// parameter takes its constructor's), or, for a property or field, the property of that name.
    /// </summary>
    private readonly struct MemberSite
    {
        public MemberSite(MethodDefinitionHandle method)
        {
            Method = method;
            Properties = null;
        }

        public MemberSite(IReadOnlyList<PropertyDefinitionHandle> properties)
        {
            Method = default;
            Properties = properties;
        }

        public MethodDefinitionHandle Method { get; }

        public IReadOnlyList<PropertyDefinitionHandle>? Properties { get; }
    }

    private SourceLocation? Locate(MemberSite site, string memberName, TypeContext context) =>
        site.Properties is { } properties ? PropertyLocation(properties, memberName, context) : _locator?.Method(site.Method) ?? context.Location;

    /// <summary>
    /// A property's location is its getter's (else setter's); an attribute on an auto-property's backing field points at
    /// the property. Looked up only for members that declare something, by comparing names in place (no string copies).
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    private SourceLocation? PropertyLocation(IReadOnlyList<PropertyDefinitionHandle> properties, string name, TypeContext context)
    {
        for (var i = 0; i < properties.Count; i++)
        {
            var property = _reader.GetPropertyDefinition(properties[i]);
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
    private IReadOnlyList<string> SignatureTypes(TypeDefinitionHandle handle, TypeDefinition type, string ownKey)
    {
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var fieldHandle in type.GetFields())
        {
            keys.UnionWith(_reader.GetFieldDefinition(fieldHandle).DecodeSignature(NamedTypesProvider.Instance, null));
        }

        foreach (var property in _properties.Of(handle, type))
        {
            keys.UnionWith(_reader.GetPropertyDefinition(property).DecodeSignature(NamedTypesProvider.Instance, null).ReturnType);
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

    /// <summary>What the members of one type share: its names and location, each worked out once, when first asked.</summary>
    private sealed class TypeContext
    {
        private readonly DeclarationCollector _owner;
        private readonly TypeDefinition _type;
        private readonly TypeDefinitionHandle _handle;
        private string? _name;
        private string? _key;
        private bool _located;
        private SourceLocation? _location;
        private IReadOnlyList<string>? _signatureTypes;

        public TypeContext(DeclarationCollector owner, TypeDefinitionHandle handle, TypeDefinition type)
        {
            _owner = owner;
            _type = type;
            _handle = handle;
        }

        public string Name => _name ??= _owner._names.Type(_handle);

        public string Key => _key ??= TypeKeys.Of(_owner._reader, _handle);

        public SourceLocation? Location
        {
            get
            {
                if (!_located)
                {
                    _location = _owner._locator?.Type(_handle, _type, SimpleName());
                    _located = true;
                }

                return _location;
            }
        }

        public IReadOnlyList<string> SignatureTypes => _signatureTypes ??= _owner.SignatureTypes(_handle, _type, Key);

        /// <summary>The name as written after "class": "Envelope" for the metadata name "Envelope`1".</summary>
        private string SimpleName()
        {
            var metadataName = _owner._reader.GetString(_type.Name);
            var tick = metadataName.IndexOf('`');
            return tick < 0 ? metadataName : metadataName.Substring(0, tick);
        }
    }

    /// <summary>Reads the attributes of one member: control implementations, classifications, and the wire name they apply to.</summary>
    [MethodImpl(HotPath.Optimized)]
    private void ReadMember(TypeContext context, string memberName, CustomAttributeHandleCollection attributes, MemberSite site)
    {
        var typeName = context.Name;
        var classified = _memberClassifications;
        classified.Clear();
        string? wireName = null;
        foreach (var handle in attributes)
        {
            var attribute = _reader.GetCustomAttribute(handle);
            var kind = _index.KindOf(attribute);
            if (kind == DeclarationAttributeKind.None || !TryDecode(attribute, kind, typeName, memberName, out var args))
            {
                continue;
            }

            switch (kind)
            {
                case DeclarationAttributeKind.ImplementsControl:
                    var implementation = ReadImplementation(args, typeName + "." + memberName);
                    implementation.Location = Locate(site, memberName, context);
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
                        classified.Add(member);
                    }

                    break;
            }
        }

        if (classified.Count == 0)
        {
            return;
        }

        var location = Locate(site, memberName, context);
        foreach (var member in classified)
        {
            member.WireName = wireName;
            member.TypeKey = context.Key;
            member.Location = location;
            _declarations.ClassifiedMembers.Add(member); // listed once each in SortAndMergeClassified
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

    /// <summary>Decodes the attribute's blob; a malformed or unexpected blob becomes a TLC5001 error naming the element.</summary>
    [MethodImpl(HotPath.Optimized)]
    private bool TryDecode(CustomAttribute attribute, DeclarationAttributeKind kind, string element, string? memberName, out AttributeArguments args)
    {
        try
        {
            args = new AttributeArguments(_fastDecoder.TryDecode(attribute, out var value) ? value : attribute.DecodeValue(_types));
            return true;
        }
        catch (Exception e) when (e is UnsupportedAttributeArgumentException || DeclarationReader.IsMalformedInput(e))
        {
            _errors.Add(new BuildDiagnostic(
                DiagnosticIds.DeclarationsUnreadable,
                _path,
                "The [" + kind + "] attribute on " + element + (memberName is null ? "" : "." + memberName) + " in '" + _path + "' could not be decoded: " + e.Message));
            args = default;
            return false;
        }
    }

    /// <summary>Metadata order follows source order, which edits reshuffle; ordinal sorting makes the documents byte-stable.</summary>
    private void SortForStableOutput()
    {
        Sort(_declarations.Controls, c => c.DeclaredOn, c => c.ControlId, c => ((int)c.Applicability).ToString("D2", System.Globalization.CultureInfo.InvariantCulture));
        Sort(_declarations.Implementations, i => i.Element, i => i.ControlId, i => i.Note ?? "");
        Sort(_declarations.Destinations, d => d.Id, d => d.DeclaredOn, _ => "");
        SortAndMergeClassified();
    }

    /// <summary>
    /// Sorts the classified members and lists each once: a record's positional member may be classified on the parameter
    /// and on the property. The first one read keeps its place and takes the wire name and location of the others, in the
    /// order they were read (the sort is stable). Merged here, where duplicates are neighbours, rather than looked up as
    /// each is read: an assembly can classify tens of thousands of members.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    private void SortAndMergeClassified()
    {
        var members = _declarations.ClassifiedMembers;
        var sorted = SortByTypeThenMember(members);
        members.Clear();
        foreach (var member in sorted)
        {
            var previous = members.Count == 0 ? null : members[members.Count - 1];
            if (previous is not null && ClassifiedMemberOrder.Instance.Compare(previous, member) == 0)
            {
                previous.WireName ??= member.WireName;
                previous.Location ??= member.Location;
            }
            else
            {
                members.Add(member);
            }
        }
    }

    /// <summary>
    /// The same order as one stable sort of the whole list by <see cref="ClassifiedMemberOrder"/>, with far fewer comparisons
    /// of long type names: members arrive type by type (<see cref="ReadType"/>), so the types are sorted, then each
    /// type's few members.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    private static List<ClassifiedMember> SortByTypeThenMember(List<ClassifiedMember> members)
    {
        var runs = new List<TypeRun>();
        for (var i = 0; i < members.Count; i++)
        {
            if (i == 0 || !string.Equals(members[i].TypeName, members[i - 1].TypeName, StringComparison.Ordinal)) runs.Add(new TypeRun(members[i].TypeName, i, runs.Count));
        }

        // Runs are objects, so this is the framework's shared sort code, compiled ahead of time (a LINQ sort keyed by
        // int is compiled anew in every process). Ties keep reading order, so the result is that of a stable sort: two
        // runs of one type name (which distinct metadata types can share) stay in the order they were read.
        var ordered = runs.ToArray();
        Array.Sort(ordered, TypeRun.ByNameThenReadingOrder);
        var sorted = new List<ClassifiedMember>(members.Count);
        var typeStart = 0;
        foreach (var run in ordered)
        {
            if (sorted.Count > 0 && !string.Equals(sorted[sorted.Count - 1].TypeName, run.TypeName, StringComparison.Ordinal))
            {
                SortOneType(sorted, typeStart);
                typeStart = sorted.Count;
            }

            var end = run.Index + 1 < runs.Count ? runs[run.Index + 1].Start : members.Count;
            for (var i = run.Start; i < end; i++) sorted.Add(members[i]);
        }

        SortOneType(sorted, typeStart);
        return sorted;
    }

    /// <summary>Consecutive members of one type, as read: where they start, and the run's place in reading order.</summary>
    private sealed class TypeRun
    {
        public static readonly Comparison<TypeRun> ByNameThenReadingOrder = (x, y) =>
        {
            var order = string.CompareOrdinal(x.TypeName, y.TypeName);
            return order != 0 ? order : x.Index.CompareTo(y.Index);
        };

        public TypeRun(string typeName, int start, int index)
        {
            TypeName = typeName;
            Start = start;
            Index = index;
        }

        public string TypeName { get; }

        public int Start { get; }

        public int Index { get; }
    }

    /// <summary>Stable sort of one type's members, from <paramref name="start"/> to the end: insertion, as there are few.</summary>
    [MethodImpl(HotPath.Optimized)]
    private static void SortOneType(List<ClassifiedMember> sorted, int start)
    {
        if (sorted.Count - start > 64)
        {
            var ordered = sorted.Skip(start).OrderBy(m => m, ClassifiedMemberOrder.Instance).ToList();
            sorted.RemoveRange(start, ordered.Count);
            sorted.AddRange(ordered);
            return;
        }

        for (var i = start + 1; i < sorted.Count; i++)
        {
            var member = sorted[i];
            var j = i - 1;
            while (j >= start && ClassifiedMemberOrder.Instance.Compare(sorted[j], member) > 0)
            {
                sorted[j + 1] = sorted[j];
                j--;
            }

            sorted[j + 1] = member;
        }
    }

    private static void Sort<T>(List<T> items, Func<T, string> first, Func<T, string> second, Func<T, string> third)
    {
        // OrderBy is a stable sort (List.Sort is not): equal keys keep metadata order, which is itself deterministic.
        var sorted = items.OrderBy(first, StringComparer.Ordinal).ThenBy(second, StringComparer.Ordinal).ThenBy(third, StringComparer.Ordinal).ToList();
        items.Clear();
        items.AddRange(sorted);
    }
}
