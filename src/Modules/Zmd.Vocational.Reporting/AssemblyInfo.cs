using System.Runtime.CompilerServices;

// Unit tests check the template sandbox and the report models directly.
[assembly: InternalsVisibleTo("Zmd.Vocational.UnitTests")]
