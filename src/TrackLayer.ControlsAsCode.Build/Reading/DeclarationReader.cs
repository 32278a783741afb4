using System;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using TrackLayer.ControlsAsCode.Model;

namespace TrackLayer.ControlsAsCode.Build.Reading;

/// <summary>
/// Reads what a compiled assembly declares (controls, destinations, classifications, ISMS scope) from its metadata
/// with System.Reflection.Metadata. The assembly is never loaded: loading would lock the file for the rest of the
/// MSBuild node's life and could run user code (module initializers, static constructors of attributes).
/// </summary>
internal static class DeclarationReader
{
    /// <summary>Reads one assembly. Never throws for bad input: every problem comes back as a TLC5001 error.</summary>
    /// <param name="assemblyPath">The compiled assembly.</param>
    /// <param name="projectDirectory">Source locations from the PDB are made relative to it; null leaves them as the PDB has them.</param>
    /// <param name="onlyIfReferencingApi">
    /// For references: skip (return an empty success) an assembly whose AssemblyRef table does not name
    /// TrackLayer.ControlsAsCode, without walking its types. Cheap enough to run over every package reference.
    /// </param>
    public static DeclarationReadResult Read(string assemblyPath, string? projectDirectory = null, bool onlyIfReferencingApi = false)
    {
        if (string.IsNullOrWhiteSpace(assemblyPath))
        {
            return DeclarationReadResult.Failure("", "No assembly path was given, so there are no declarations to read.");
        }

        if (!File.Exists(assemblyPath))
        {
            return DeclarationReadResult.Failure(assemblyPath, "The assembly '" + assemblyPath + "' does not exist, so its declarations cannot be read. Build the project first.");
        }

        try
        {
            // FileShare.ReadWrite | Delete: the compiler or an incremental build may replace the file while we read it.
            using var stream = new FileStream(assemblyPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            // The whole image is read up front (the debug directory, for the PDB, is outside the metadata), so nothing is
            // read lazily from a file being replaced; a memory map would also keep the compiler from rewriting it on Windows.
            using var pe = new PEReader(stream, PEStreamOptions.PrefetchEntireImage | PEStreamOptions.PrefetchMetadata);
            if (!pe.HasMetadata)
            {
                return DeclarationReadResult.Failure(assemblyPath, "'" + assemblyPath + "' is not a .NET assembly (it has no metadata), so its declarations cannot be read.");
            }

            var metadata = pe.GetMetadataReader();
            if (!metadata.IsAssembly)
            {
                return DeclarationReadResult.Failure(assemblyPath, "'" + assemblyPath + "' is a .NET module without an assembly manifest, so its declarations cannot be read.");
            }

            if (onlyIfReferencingApi && !ReferencesDeclarationApi(metadata))
            {
                return DeclarationReadResult.Success(new ComplianceDeclarations(metadata.GetString(metadata.GetAssemblyDefinition().Name)));
            }

            using var locator = SourceLocator.Open(pe, assemblyPath, projectDirectory);
            return new DeclarationCollector(metadata, pe.GetMetadata(), assemblyPath, locator).Collect();
        }
        catch (Exception e) when (IsMalformedInput(e))
        {
            return DeclarationReadResult.Failure(assemblyPath, "'" + assemblyPath + "' is not a valid .NET assembly, so its declarations cannot be read: " + e.Message);
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
        {
            return DeclarationReadResult.Failure(assemblyPath, "'" + assemblyPath + "' could not be opened, so its declarations cannot be read: " + e.Message);
        }
    }

    /// <summary>Whether the assembly references TrackLayer.ControlsAsCode (or is it): the AssemblyRef table alone tells.</summary>
    internal static bool ReferencesDeclarationApi(MetadataReader metadata)
    {
        if (metadata.StringComparer.Equals(metadata.GetAssemblyDefinition().Name, WellKnownNames.Namespace)) return true;
        foreach (var handle in metadata.AssemblyReferences)
        {
            if (metadata.StringComparer.Equals(metadata.GetAssemblyReference(handle).Name, WellKnownNames.Namespace)) return true;
        }

        return false;
    }

    /// <summary>
    /// What System.Reflection.Metadata throws for bytes that are not well-formed metadata: mostly
    /// BadImageFormatException, but out-of-range handles and offsets surface as the other two.
    /// </summary>
    internal static bool IsMalformedInput(Exception e) =>
        e is BadImageFormatException || e is InvalidOperationException || e is ArgumentException;
}
