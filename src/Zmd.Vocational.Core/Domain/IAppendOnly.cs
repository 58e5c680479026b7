namespace Zmd.Vocational.Core.Domain;

/// <summary>A record of what happened (the entity-change audit log, the security log): rows are only ever added.
/// The SaveChanges path refuses to modify or delete one (<c>Audit:AppendOnly</c>), and database triggers refuse
/// UPDATE, DELETE (and on PostgreSQL TRUNCATE) for everyone, admins and raw SQL included.</summary>
public interface IAppendOnly;
