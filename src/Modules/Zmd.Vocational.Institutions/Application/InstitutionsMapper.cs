using Riok.Mapperly.Abstractions;
using Zmd.Vocational.Institutions.Contracts;
using Zmd.Vocational.Institutions.Domain;

namespace Zmd.Vocational.Institutions.Application;

/// <summary>Entity → DTO mappings, generated at compile time. The IQueryable projections run in SQL.</summary>
// Only target members must be mapped: entities carry audit and soft-delete fields the DTOs leave out.
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
internal static partial class InstitutionsMapper
{
    public static partial CountyDto ToDto(this County county);

    public static partial IQueryable<CountyDto> ProjectToDto(this IQueryable<County> query);

    public static partial IQueryable<SchoolDto> ProjectToDto(this IQueryable<School> query);

    public static partial IQueryable<MajorDto> ProjectToDto(this IQueryable<Major> query);

    public static partial IQueryable<EnterpriseDto> ProjectToDto(this IQueryable<Enterprise> query);
}
