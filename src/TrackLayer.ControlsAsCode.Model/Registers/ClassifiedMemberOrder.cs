using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace TrackLayer.ControlsAsCode.Model;

/// <summary>
/// The registers' order of classified members: type, then member (ordinal), then classification. The task's reader
/// sorts and merges each assembly's members with it and the document builder checks it, so a member classified twice
/// can never leave the reader in an order the builder would sort again.
/// </summary>
internal sealed class ClassifiedMemberOrder : IComparer<ClassifiedMember>
{
    public static readonly ClassifiedMemberOrder Instance = new();

    private ClassifiedMemberOrder()
    {
    }

#if NET
    // Called tens of thousands of times in a one-shot task process: optimized at its first call (see the task's HotPath).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
#endif
    public int Compare(ClassifiedMember? x, ClassifiedMember? y)
    {
        var order = string.CompareOrdinal(x!.TypeName, y!.TypeName);
        if (order == 0) order = string.CompareOrdinal(x.MemberName, y.MemberName);
        return order != 0 ? order : ((int)x.Kind).CompareTo((int)y.Kind);
    }

    /// <summary>Whether the list is already in order: one pass, where sorting tens of thousands of members is many.</summary>
    public bool IsOrdered(List<ClassifiedMember> members)
    {
        for (var i = 1; i < members.Count; i++)
        {
            if (Compare(members[i - 1], members[i]) > 0) return false;
        }

        return true;
    }
}
