namespace Zmd.Vocational.Core.Errors;

public enum ErrorKind
{
    Validation = 400,
    Unauthorized = 401,
    Forbidden = 403,
    NotFound = 404,
    Conflict = 409,

    /// <summary>The request body is larger than the operation accepts (an upload over its size limit).</summary>
    TooLarge = 413,
}

/// <summary>A business rule was violated. The code is stable (e.g. "Institutions:DuplicateSchoolCode") and is also
/// the localization key of the message; arguments fill {name} placeholders. The HTTP layer turns it into
/// RFC 7807 problem details in the user's language.</summary>
public class BusinessException : Exception
{
    public BusinessException(string code, ErrorKind kind = ErrorKind.Validation, IReadOnlyDictionary<string, object?>? args = null, string? field = null)
        : base(code)
    {
        Code = code;
        Kind = kind;
        Args = args ?? new Dictionary<string, object?>();
        Field = field;
    }

    public BusinessException() : this("Error:Unknown") { }

    public BusinessException(string message, Exception inner) : base(message, inner)
    {
        Code = message;
        Args = new Dictionary<string, object?>();
    }

    public string Code { get; }
    public ErrorKind Kind { get; }
    public IReadOnlyDictionary<string, object?> Args { get; }

    /// <summary>The input field at fault, when there is one (shown next to the field on pages).</summary>
    public string? Field { get; }

    public static BusinessException NotFound(string code, object id) =>
        new(code, ErrorKind.NotFound, new Dictionary<string, object?> { ["id"] = id });
}
