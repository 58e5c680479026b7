using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Zmd.Vocational.Core.Data;

/// <summary>Marks which property of an entity names its owning school, so the composed DbContext can put the
/// school filter on it. Entities implementing ISchoolOwned get "SchoolId" without asking; a school row itself
/// is owned by its own Id.</summary>
public static class SchoolOwnershipExtensions
{
    public const string OwnerKeyAnnotation = "Zmd:SchoolOwnerKey";

    public static EntityTypeBuilder<T> IsSchoolOwnedBy<T>(this EntityTypeBuilder<T> builder, Expression<Func<T, Guid>> key)
        where T : class
    {
        if (key.Body is not MemberExpression member)
        {
            throw new ArgumentException("The owner key must be a simple property access.", nameof(key));
        }

        builder.HasAnnotation(OwnerKeyAnnotation, member.Member.Name);
        return builder;
    }

    public static string? FindSchoolOwnerKey(this IReadOnlyEntityType entityType) =>
        entityType.FindAnnotation(OwnerKeyAnnotation)?.Value as string;
}
