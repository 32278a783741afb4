using System;
using System.Collections.Generic;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Runtime.CompilerServices;

namespace TrackLayer.ControlsAsCode.Build.Reading;

/// <summary>
/// Every type's properties, from one pass over the PropertyMap table. <see cref="TypeDefinition.GetProperties"/> reads
/// the same table but searches it from its start for each type (System.Reflection.Metadata does not rely on it being
/// sorted), so asking it for each of thousands of types took a quarter of the time spent reading an assembly.
/// </summary>
/// <remarks>
/// A PropertyMap row names a type and the first row of its run in the Property table; the run ends where the next
/// row's begins (ECMA-335 II.22.35). As in System.Reflection.Metadata, the first row naming a type is the one used.
/// </remarks>
internal sealed class PropertyIndex
{
    // Per TypeDef row: the first Property row and the count; null when the reader must be asked instead.
    private readonly (int First, int Count)[]? _runs;

    public PropertyIndex(MetadataReader reader, PEMemoryBlock metadata)
    {
        // An indirection table (edit-and-continue metadata, never a compiler's output) reorders properties: ask the reader.
        _runs = reader.GetTableRowCount(TableIndex.PropertyPtr) == 0 ? ReadPropertyMap(reader, metadata) : null;
    }

    /// <summary>The properties of a type, in metadata order, as <see cref="TypeDefinition.GetProperties"/> gives them.</summary>
    public IReadOnlyList<PropertyDefinitionHandle> Of(TypeDefinitionHandle handle, TypeDefinition type)
    {
        if (_runs is null) return new List<PropertyDefinitionHandle>(type.GetProperties());
        var row = MetadataTokens.GetRowNumber(handle);
        if (row >= _runs.Length || _runs[row].Count == 0) return Array.Empty<PropertyDefinitionHandle>();
        var (first, count) = _runs[row];
        var properties = new PropertyDefinitionHandle[count];
        for (var i = 0; i < count; i++)
        {
            properties[i] = MetadataTokens.PropertyDefinitionHandle(first + i);
        }

        return properties;
    }

    [MethodImpl(HotPath.Optimized)]
    private static (int First, int Count)[]? ReadPropertyMap(MetadataReader reader, PEMemoryBlock metadata)
    {
        var rows = reader.GetTableRowCount(TableIndex.PropertyMap);
        var rowSize = reader.GetTableRowSize(TableIndex.PropertyMap);
        // An index into a table takes 2 bytes while the table has fewer than 65,536 rows, else 4 (ECMA-335 II.24.2.6).
        var typeSize = reader.GetTableRowCount(TableIndex.TypeDef) < 0x10000 ? 2 : 4;
        var propertySize = rowSize - typeSize;
        if (propertySize != 2 && propertySize != 4) return null; // not the layout described above: ask the reader
        var propertyCount = reader.GetTableRowCount(TableIndex.Property);
        var table = metadata.GetReader(reader.GetTableMetadataOffset(TableIndex.PropertyMap), rows * rowSize);

        var types = new int[rows];
        var starts = new int[rows];
        for (var i = 0; i < rows; i++)
        {
            table.Offset = i * rowSize;
            types[i] = Index(ref table, typeSize);
            starts[i] = Index(ref table, propertySize);
        }

        var runs = new (int First, int Count)[reader.GetTableRowCount(TableIndex.TypeDef) + 1]; // row numbers start at 1
        for (var i = rows - 1; i >= 0; i--) // backwards, so that the first row naming a type is the one left
        {
            var end = i + 1 < rows ? starts[i + 1] : propertyCount + 1;
            var first = Math.Max(starts[i], 1);
            if (types[i] > 0 && types[i] < runs.Length)
            {
                runs[types[i]] = (first, Math.Max(0, Math.Min(end, propertyCount + 1) - first));
            }
        }

        return runs;
    }

    private static int Index(ref BlobReader table, int size) => size == 2 ? table.ReadUInt16() : table.ReadInt32();
}
