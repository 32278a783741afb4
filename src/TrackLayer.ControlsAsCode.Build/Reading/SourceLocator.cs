using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Runtime.CompilerServices;
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
    // Per PDB document row, once worked out: the path as documents show it, and the source file's lines.
    private RowCache<string>? _paths;
    private RowCache<string[]>? _sources;

    // Per MethodDef row, once worked out: a type's location reads all its methods, and its members' locations most again.
    // In chunks of 2,048 rows (48 KiB), made as rows are asked for: one array for 90,000 methods was 2.2 MB on the large
    // object heap, enough with the model's lists to set off a full garbage collection in the middle of the task.
    private const int MethodChunkBits = 11;
    private (bool Known, SourceLocation? Location, DocumentHandle Document)[]?[]? _methods;

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

    /// <summary>
    /// The earliest visible sequence point of a method in its first document: the line of its first statement (for a
    /// constructor, its own line rather than the field initializers it runs).
    /// </summary>
    public SourceLocation? Method(MethodDefinitionHandle handle) => MethodInDocument(handle).Location;

    /// <summary>A method's location and the document it is in (see <see cref="Method"/>), worked out once per method.</summary>
    [MethodImpl(HotPath.Optimized)]
    private (SourceLocation? Location, DocumentHandle Document) MethodInDocument(MethodDefinitionHandle handle)
    {
        if (_pdb is null || handle.IsNil) return default;
        _methods ??= new (bool, SourceLocation?, DocumentHandle)[]?[(_pdb.GetTableRowCount(TableIndex.MethodDebugInformation) >> MethodChunkBits) + 1]; // one row per method, rows start at 1
        var row = MetadataTokens.GetRowNumber(handle);
        var chunk = row >> MethodChunkBits < _methods.Length
            ? _methods[row >> MethodChunkBits] ??= new (bool, SourceLocation?, DocumentHandle)[1 << MethodChunkBits]
            : null;
        var at = row & ((1 << MethodChunkBits) - 1);
        if (chunk is not null && chunk[at].Known) return (chunk[at].Location, chunk[at].Document);
        (SourceLocation? Location, DocumentHandle Document) found = default;
        try
        {
            DocumentHandle document = default;
            var line = int.MaxValue;
            foreach (var point in _pdb.GetMethodDebugInformation(handle.ToDebugInformationHandle()).GetSequencePoints())
            {
                if (point.IsHidden || point.Document.IsNil) continue;
                if (document.IsNil) document = point.Document;
                if (point.Document == document && point.StartLine < line) line = point.StartLine;
            }

            if (!document.IsNil) found = (new SourceLocation(Path(document), line), document);
        }
        catch (Exception e) when (e is BadImageFormatException || e is ArgumentException || e is InvalidOperationException)
        {
            // A method the PDB does not describe (or describes badly): no location.
        }

        if (chunk is not null) chunk[at] = (true, found.Location, found.Document);
        return found;
    }

    /// <summary>
    /// A type's location: the earliest line of its methods (constructors and field initializers included) in the file of
    /// its first method. For a type with no code the PDB knows (an empty class, an interface), null.
    /// </summary>
    public SourceLocation? Type(TypeDefinitionHandle handle, TypeDefinition type, string name)
    {
        if (_pdb is null) return null;
        SourceLocation? best = null;
        DocumentHandle bestDocument = default;
        foreach (var method in type.GetMethods())
        {
            var (location, document) = MethodInDocument(method);
            if (location is null) continue;
            if (best is null || (location.File == best.File && location.Line < best.Line))
            {
                best = location;
                bestDocument = document;
            }
        }

        if (best is null)
        {
            // A type without code (an empty class that only carries attributes): the compiler records its file in the
            // TypeDefinitionDocuments custom debug information.
            bestDocument = TypeDocument(handle);
            if (bestDocument.IsNil) return null;
            best = new SourceLocation(Path(bestDocument), 0);
        }

        // The declaration's own line, when the source file is at hand: "class Name" at or before the first member.
        var declared = DeclarationLine(bestDocument, name, best.Line);
        return declared > 0 ? new SourceLocation(best.File, declared) : best;
    }

    private static readonly Guid TypeDefinitionDocumentsKind = new("932E74BC-DBA9-4478-8D46-0F32A7BAB3D3");

    private DocumentHandle TypeDocument(TypeDefinitionHandle handle)
    {
        try
        {
            foreach (var cdiHandle in _pdb!.GetCustomDebugInformation(handle))
            {
                var cdi = _pdb.GetCustomDebugInformation(cdiHandle);
                if (_pdb.GetGuid(cdi.Kind) != TypeDefinitionDocumentsKind) continue;
                var blob = _pdb.GetBlobReader(cdi.Value);
                if (blob.RemainingBytes > 0) return MetadataTokens.DocumentHandle(blob.ReadCompressedInteger());
            }
        }
        catch (Exception e) when (e is BadImageFormatException || e is ArgumentException || e is InvalidOperationException)
        {
            // No usable record: no location.
        }

        return default;
    }

    /// <summary>The 1-based line of "class|struct|record|interface Name" in the document, the last one at or before <paramref name="before"/>.</summary>
    [MethodImpl(HotPath.Optimized)]
    private int DeclarationLine(DocumentHandle document, string name, int before)
    {
        if (document.IsNil) return 0;
        var sources = _sources ??= new RowCache<string[]>(_pdb!.Documents.Count);
        var row = MetadataTokens.GetRowNumber(document);
        var lines = sources.Find(row);
        if (lines is null)
        {
            var path = _pdb!.GetString(_pdb.GetDocument(document).Name);
            try
            {
                lines = File.Exists(path) ? File.ReadAllLines(path) : null;
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ArgumentException || e is NotSupportedException)
            {
                lines = null;
            }

            // No file at hand: no declaration line, as for a file without one.
            lines = sources.Keep(row, lines ?? Array.Empty<string>());
        }

        var limit = before > 0 ? Math.Min(before, lines.Length) : lines.Length;
        var found = 0;
        for (var i = 0; i < limit; i++)
        {
            if (DeclaresType(lines[i], name))
            {
                found = i + 1;
                if (before <= 0) break;
            }
        }

        return found;
    }

    /// <summary>
    /// Whether the line reads "class|struct|record|interface Name" (also "record struct Name"). A plain scan: this runs
    /// for every declaring type, and building a pattern per type cost more than the rest of the reading together.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    internal static bool DeclaresType(string line, string name)
    {
        for (var at = line.IndexOf(name, StringComparison.Ordinal); at >= 0; at = line.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            var end = at + name.Length;
            if (end < line.Length && IsIdentifierChar(line[end])) continue;

            var wordEnd = at;
            while (wordEnd > 0 && char.IsWhiteSpace(line[wordEnd - 1])) wordEnd--;
            if (wordEnd == at) continue; // no white space before the name: part of a longer word or an expression

            var wordStart = wordEnd;
            while (wordStart > 0 && IsIdentifierChar(line[wordStart - 1])) wordStart--;
            var word = line.Substring(wordStart, wordEnd - wordStart);
            if (word is "class" or "struct" or "record" or "interface") return true;
        }

        return false;
    }

    private static bool IsIdentifierChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    public void Dispose() => _provider?.Dispose();

    private string Path(DocumentHandle handle)
    {
        var paths = _paths ??= new RowCache<string>(_pdb!.Documents.Count);
        var row = MetadataTokens.GetRowNumber(handle);
        return paths.Find(row) ?? paths.Keep(row, Relative(_pdb!.GetString(_pdb.GetDocument(handle).Name)));
    }

    /// <summary>Relative to the project directory when possible ("Events/Purchase.cs", "../Shared/Ids.cs"); mapped paths (/_/…) as they are.</summary>
    private string Relative(string path)
    {
        var normalized = path.Replace('\\', '/');
        if (_projectDirectory is null || normalized.StartsWith("/_", StringComparison.Ordinal)) return normalized;

        var comparison = System.IO.Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        if (normalized.StartsWith(_projectDirectory, comparison)) return normalized.Substring(_projectDirectory.Length);

        // TryCreate, not a caught exception: a PDB can name thousands of documents that are not absolute paths.
        if (Uri.TryCreate(_projectDirectory, UriKind.Absolute, out var from)
            && Uri.TryCreate(normalized, UriKind.Absolute, out var to)
            && from.Scheme == to.Scheme && string.Equals(from.Host, to.Host, StringComparison.OrdinalIgnoreCase))
        {
            return Uri.UnescapeDataString(from.MakeRelativeUri(to).ToString());
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
