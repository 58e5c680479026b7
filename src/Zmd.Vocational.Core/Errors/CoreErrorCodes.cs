namespace Zmd.Vocational.Core.Errors;

public static class CoreErrorCodes
{
    public const string Required = "Core:Required";
    public const string TooLong = "Core:TooLong";
    public const string InvalidValue = "Core:InvalidValue";
    public const string Forbidden = "Core:Forbidden";
    public const string NotFound = "Core:NotFound";
    public const string Unauthorized = "Core:Unauthorized";
    public const string Concurrency = "Core:Concurrency";
    public const string Unexpected = "Core:Unexpected";

    /// <summary>An attempt to change or delete an entry of an append-only log (the audit log, the security log).</summary>
    public const string AppendOnly = "Audit:AppendOnly";

    /// <summary>Another write of the same data held the database longer than this one could wait.</summary>
    public const string Busy = "Core:Busy";
}
