using Riok.Mapperly.Abstractions;
using Zmd.Vocational.Targets.Contracts;
using Zmd.Vocational.Targets.Domain;

namespace Zmd.Vocational.Targets.Application;

/// <summary>Entity → DTO mapping, generated at compile time.</summary>
// Only target members must be mapped: the entity carries audit fields and Sort, which the DTO leaves out.
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
internal static partial class TargetsMapper
{
    /// <summary>The conflicting codes come from the other rows of the register, so the caller passes them in.</summary>
    [MapProperty(nameof(Target.Comparator), nameof(TargetDto.ComparatorSymbol), Use = nameof(ToSymbol))]
    [MapProperty(nameof(Target.BaselineValue), nameof(TargetDto.BaselineValue), Use = nameof(Trim))]
    [MapProperty(nameof(Target.TargetValue), nameof(TargetDto.TargetValue), Use = nameof(Trim))]
    public static partial TargetDto ToDto(this Target target, IReadOnlyList<string> conflictsWith);

    private static string ToSymbol(TargetComparator comparator) => comparator switch
    {
        TargetComparator.AtLeast => "≥",
        TargetComparator.AtMost => "≤",
        TargetComparator.Equal => "=",
        _ => throw new ArgumentOutOfRangeException(nameof(comparator), comparator, null),
    };

    /// <summary>Drops the scale the database adds (PostgreSQL numeric(18,4) gives 31.0000, SQLite 31.0), so the API
    /// says 31 on every provider: decimal division returns the smallest scale that keeps the exact result.</summary>
    private static decimal? Trim(decimal? value) => value / 1.000000000000000000000000000000000m;
}
