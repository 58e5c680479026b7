using System.Runtime.CompilerServices;

// Unit tests check the build-out rules and the standard checks directly.
[assembly: InternalsVisibleTo("Zmd.Vocational.UnitTests")]
