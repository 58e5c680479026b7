namespace Zmd.Vocational.Core.Domain;

/// <summary>Data that belongs to one school. A global query filter limits it to the current user's school,
/// like ABP's IMultiTenant: a query written without thinking still cannot leak another school's rows.
/// Keep SchoolId in every school-owned table so the table can later be sharded by school.</summary>
public interface ISchoolOwned
{
    Guid SchoolId { get; }
}
