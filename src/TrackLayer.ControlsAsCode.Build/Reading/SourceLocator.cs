using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using TrackLayer.ControlsAsCode.Model;

namespace TrackLayer.ControlsAsCode.Build.Reading;

/// <summary>
/// Finds the source file and line of methods and types in the assembly's portable PDB (beside the assembly, or
/// embedded in it). Paths come out relative to the project directory with '/' separators, so documents do not depend
/// on where the repository is checked out. Without a PDB (or a Windows PDB) every answer is null: locations are
/// evidence nice to have, never a reason to fail the build.
/// </summary>
internal sealed class SourceLocator : IDisposable
{
    private readonly MetadataReaderProvider? _provider;
    private readonly MetadataReader? _pdb;
    private readonly string? _projectDirectory;
    private readonly Dictionary<DocumentHandle, string> _paths = new();

    private SourceLocator(MetadataReaderProvider? provider, string? projectDirectory)
    {
        _provider = provider;
        _projectDirectory = projectDirectory;
        try
        {
            _pdb = provider?.GetMetadataReader();
        }
        catch (BadImageFormatException)
        {
            _pdb = null; // a damaged PDB: no locations, as without one
        }
    }

    public static SourceLocator Open(PEReader pe, string assemblyPath, string? projectDirectory)
    {
        MetadataReaderProvider? provider = null;
        try
        {
            // Checks the PDB's id against the assembly's debug directory: a stale PDB from another build is ignored.
            pe.TryOpenAssociatedPortablePdb(
                assemblyPath,
                path => File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete) : null,
                out provider,
                out _);
        }
        catch (Exception e) when (e is BadImageFormatException || e is IOException || e is UnauthorizedAccessException || e is InvalidOperationException || e is ArgumentException)
        {
            provider = null;
        }

        return new SourceLocator(provider, NormalizeDirectory(projectDirectory));
    }

    /// <summary>The first visible sequence point of a method: the line of its first statement.</summary>
    public SourceLocation? Method(MethodDefinitionHandle handle)
    {
        if (_pdb is null || handle.IsNil) return null;
        try
        {
            var info = _pdb.GetMethodDebugInformation(handle.ToDebugInformationHandle());
            foreach (var point in info.GetSequencePoints())
            {
                if (!point.IsHidden && !point.Document.IsNil)
                {
                    return new SourceLocation(Path(point.Document), point.StartLine);
                }
            }
        }
        catch (Exception e) when (e is BadImageFormatException || e is ArgumentException || e is InvalidOperationException)
        {
            // A method the PDB does not describe (or describes badly): no location.
        }

        return null;
    }

    /// <summary>
    /// A type's location: the earliest line of its methods (constructors and field initializers included) in the file of
    /// its first method. For a type with no code the PDB knows (an empty class, an interface), null.
    /// </summary>
    public SourceLocation? Type(TypeDefinition type)
    {
        if (_pdb is null) return null;
        SourceLocation? best = null;
        foreach (var method in type.GetMethods())
        {
            var location = Method(method);
            if (location is null) continue;
            if (best is null || (location.File == best.File && location.Line < best.Line)) best = location;
        }

        return best;
    }

    public void Dispose() => _provider?.Dispose();

    private string Path(DocumentHandle handle)
    {
        if (_paths.TryGetValue(handle, out var cached)) return cached;
        var name = _pdb!.GetString(_pdb.GetDocument(handle).Name);
        var relative = Relative(name);
        _paths.Add(handle, relative);
        return relative;
    }

    /// <summary>Relative to the project directory when possible ("Events/Purchase.cs", "../Shared/Ids.cs"); mapped paths (/_/…) as they are.</summary>
    private string Relative(string path)
    {
        var normalized = path.Replace('\\', '/');
        if (_projectDirectory is null || normalized.StartsWith("/_", StringComparison.Ordinal)) return normalized;

        var comparison = System.IO.Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        if (normalized.StartsWith(_projectDirectory, comparison)) return normalized.Substring(_projectDirectory.Length);

        try
        {
            var from = new Uri(_projectDirectory, UriKind.Absolute);
            var to = new Uri(normalized, UriKind.Absolute);
            if (from.Scheme == to.Scheme && string.Equals(from.Host, to.Host, StringComparison.OrdinalIgnoreCase))
            {
                return Uri.UnescapeDataString(from.MakeRelativeUri(to).ToString());
            }
        }
        catch (UriFormatException)
        {
            // Not an absolute path: keep it as the compiler wrote it.
        }

        return normalized;
    }

    private static string? NormalizeDirectory(string? directory)
    {
        if (string.IsNullOrWhiteSpace(directory)) return null;
        var full = System.IO.Path.GetFullPath(directory).Replace('\\', '/');
        return full.EndsWith("/", StringComparison.Ordinal) ? full : full + "/";
    }
}
