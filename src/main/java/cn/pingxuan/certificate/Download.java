package cn.pingxuan.certificate;

/** A generated file and the name it is saved as. */
record Download(String fileName, byte[] content) {
}
