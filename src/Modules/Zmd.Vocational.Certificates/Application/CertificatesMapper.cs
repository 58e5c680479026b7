using Riok.Mapperly.Abstractions;
using Zmd.Vocational.Certificates.Contracts;
using Zmd.Vocational.Certificates.Domain;

namespace Zmd.Vocational.Certificates.Application;

/// <summary>Entity → DTO mappings, generated at compile time. The IQueryable projection runs in SQL.</summary>
// Only target members must be mapped: the entity carries audit fields the DTO leaves out.
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
internal static partial class CertificatesMapper
{
    public static partial IQueryable<CertificateTypeDto> ProjectToDto(this IQueryable<CertificateType> query);
}
