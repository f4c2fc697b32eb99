package dev.mcplet.server;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the constant pool of a class file (JVMS chapter 4.4): the classes and the methods a class
 * refers to, and whether it has {@code invokedynamic} call sites. Every method a class invokes is
 * a {@code Methodref} or {@code InterfaceMethodref} entry here, so scanning these finds every
 * call without parsing bytecode.
 */
final class ClassFileScan {

    /** A method a class refers to: owner in internal form ({@code java/lang/Class}), name, descriptor. */
    record MethodRef(String owner, String name, String descriptor) {
        @Override
        public String toString() {
            return owner.replace('/', '.') + "." + name + descriptor;
        }
    }

    final String className;
    final List<String> classRefs = new ArrayList<>();
    final List<MethodRef> methodRefs = new ArrayList<>();
    int invokeDynamicSites;

    private ClassFileScan(String className) {
        this.className = className;
    }

    static ClassFileScan read(byte[] bytes) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort(); // minor
        in.readUnsignedShort(); // major
        int count = in.readUnsignedShort();
        int[] tags = new int[count];
        String[] utf8 = new String[count];
        int[] first = new int[count];
        int[] second = new int[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            tags[i] = tag;
            switch (tag) {
                case 1: // Utf8
                    utf8[i] = in.readUTF();
                    break;
                case 3: // Integer
                case 4: // Float
                    in.readInt();
                    break;
                case 5: // Long
                case 6: // Double: takes two slots
                    in.readLong();
                    i++;
                    break;
                case 7: // Class
                case 8: // String
                case 16: // MethodType
                case 19: // Module
                case 20: // Package
                    first[i] = in.readUnsignedShort();
                    break;
                case 9: // Fieldref
                case 10: // Methodref
                case 11: // InterfaceMethodref
                case 12: // NameAndType
                case 17: // Dynamic
                case 18: // InvokeDynamic
                    first[i] = in.readUnsignedShort();
                    second[i] = in.readUnsignedShort();
                    break;
                case 15: // MethodHandle
                    first[i] = in.readUnsignedByte();
                    second[i] = in.readUnsignedShort();
                    break;
                default:
                    throw new IOException("unknown constant pool tag " + tag + " at " + i);
            }
        }
        in.readUnsignedShort(); // access flags
        int thisClass = in.readUnsignedShort();
        ClassFileScan scan = new ClassFileScan(utf8[first[thisClass]]);
        for (int i = 1; i < count; i++) {
            switch (tags[i]) {
                case 7:
                    scan.classRefs.add(utf8[first[i]]);
                    break;
                case 10:
                case 11: {
                    int nameAndType = second[i];
                    scan.methodRefs.add(new MethodRef(utf8[first[first[i]]], utf8[first[nameAndType]],
                            utf8[second[nameAndType]]));
                    break;
                }
                case 18:
                    scan.invokeDynamicSites++;
                    break;
                default:
                    break;
            }
        }
        return scan;
    }
}
