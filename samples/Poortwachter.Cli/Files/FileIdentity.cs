using System;
using System.IO;
using System.Runtime.InteropServices;

namespace Poortwachter.Cli.Files;

/// <summary>
/// What a path or an open descriptor is on disk: its device and inode (so two names for one file, through a symlink,
/// a <c>../</c> path, a hard link or standard input redirected from it, are recognised as one) and whether it is a
/// regular file (so <c>/dev/null</c> or a FIFO is written to directly, never replaced by a rename).
/// </summary>
/// <remarks>
/// On Linux (x64 and arm64) this asks the C library's <c>stat</c>/<c>fstat</c>. Elsewhere, or when that fails, it falls back
/// to the path with every symlink resolved and treats paths under <c>/dev</c> and <c>/proc</c> as special files.
/// </remarks>
internal readonly record struct FileIdentity(ulong Device, ulong Inode, bool IsRegular, bool IsDirectory, string? RealPath)
{
    private const uint TypeMask = 0xF000; // S_IFMT
    private const uint RegularType = 0x8000; // S_IFREG
    private const uint DirectoryType = 0x4000; // S_IFDIR

    /// <summary>Gets a value indicating whether the device and inode are known (else only <see cref="RealPath"/> is).</summary>
    public bool HasInode => Inode != 0;

    /// <summary>Whether two identities are the same file.</summary>
    /// <param name="other">The other identity.</param>
    /// <returns><see langword="true"/> when both name one file.</returns>
    public bool SameFileAs(FileIdentity other)
    {
        if (HasInode && other.HasInode)
        {
            return Device == other.Device && Inode == other.Inode;
        }

        return RealPath is not null
            && other.RealPath is not null
            && string.Equals(
                RealPath,
                other.RealPath,
                OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase
            );
    }

    /// <summary>The identity of an existing path, following symlinks; null when nothing is there.</summary>
    /// <param name="path">The path.</param>
    /// <returns>The identity, or null.</returns>
    public static FileIdentity? OfPath(string path)
    {
        var real = Paths.Resolve(path);
        if (TryStat(real, out var dev, out var ino, out var mode))
        {
            return new FileIdentity(dev, ino, (mode & TypeMask) == RegularType, (mode & TypeMask) == DirectoryType, real);
        }

        if (Directory.Exists(real))
        {
            return new FileIdentity(0, 0, IsRegular: false, IsDirectory: true, real);
        }

        if (!File.Exists(real))
        {
            return null;
        }

        var special = real.StartsWith("/dev/", StringComparison.Ordinal) || real.StartsWith("/proc/", StringComparison.Ordinal);
        return new FileIdentity(0, 0, IsRegular: !special, IsDirectory: false, real);
    }

    /// <summary>The identity of an open descriptor of this process (0 standard input, 1 standard output); null when unknown.</summary>
    /// <param name="descriptor">The descriptor.</param>
    /// <returns>The identity, or null.</returns>
    public static FileIdentity? OfDescriptor(int descriptor)
    {
        if (TryFstat(descriptor, out var dev, out var ino, out var mode))
        {
            return new FileIdentity(dev, ino, (mode & TypeMask) == RegularType, (mode & TypeMask) == DirectoryType, null);
        }

        // Linux without a usable fstat: /proc/self/fd/N names the file the descriptor was redirected from.
        try
        {
            var target = new FileInfo("/proc/self/fd/" + descriptor.ToString(System.Globalization.CultureInfo.InvariantCulture)).LinkTarget;
            return target is not null && target.StartsWith('/') ? OfPath(target) : null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static bool TryStat(string path, out ulong dev, out ulong ino, out uint mode)
    {
        dev = ino = 0;
        mode = 0;
        if (!StatLayout.Known)
        {
            return false;
        }

        var buffer = new byte[StatLayout.BufferSize];
        try
        {
            if (NativeMethods.Stat(path, buffer) != 0)
            {
                return false;
            }
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }

        return StatLayout.Read(buffer, out dev, out ino, out mode);
    }

    private static bool TryFstat(int descriptor, out ulong dev, out ulong ino, out uint mode)
    {
        dev = ino = 0;
        mode = 0;
        if (!StatLayout.Known)
        {
            return false;
        }

        var buffer = new byte[StatLayout.BufferSize];
        try
        {
            if (NativeMethods.Fstat(descriptor, buffer) != 0)
            {
                return false;
            }
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }

        return StatLayout.Read(buffer, out dev, out ino, out mode);
    }

    /// <summary>Where glibc's <c>struct stat</c> keeps the fields we read, on the architectures we know.</summary>
    private static class StatLayout
    {
        public const int BufferSize = 256;

        public static bool Known =>
            OperatingSystem.IsLinux() && RuntimeInformation.ProcessArchitecture is Architecture.X64 or Architecture.Arm64;

        public static bool Read(byte[] buffer, out ulong dev, out ulong ino, out uint mode)
        {
            dev = BitConverter.ToUInt64(buffer, 0);
            ino = BitConverter.ToUInt64(buffer, 8);
            // x86-64: st_dev, st_ino, st_nlink (8 bytes), st_mode; arm64 (the generic layout): st_dev, st_ino, st_mode.
            mode = BitConverter.ToUInt32(buffer, RuntimeInformation.ProcessArchitecture == Architecture.X64 ? 24 : 16);
            return ino != 0;
        }
    }

    private static class NativeMethods
    {
        [DllImport("libc", EntryPoint = "stat", SetLastError = true)]
        public static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, byte[] buffer);

        [DllImport("libc", EntryPoint = "fstat", SetLastError = true)]
        public static extern int Fstat(int descriptor, byte[] buffer);
    }
}
